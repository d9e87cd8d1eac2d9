package io.jfvm.syscalls;

import io.jfvm.ipld.types.TokenAmount;

/**
 * The network context ({@code sys::out::network::NetworkContext} in FVM v3). FVM v2 uses epoch and network
 * version (in {@code vm.context}) and the base fee ({@code network.base_fee}); timestamp and chain id are v3 only.
 */
public record NetworkContext(long epoch, long timestamp, TokenAmount baseFee, long chainId, int networkVersion) {}
