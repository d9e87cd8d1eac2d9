package io.jfvm.syscalls;

import io.jfvm.ipld.types.TokenAmount;

/**
 * The invocation's message context ({@code sys::out::vm::MessageContext} in FVM v3). FVM v2's
 * {@code vm.context} uses caller, receiver, method number and value received from here (plus epoch and network
 * version from {@link NetworkContext}); origin, nonce, gas premium and flags are v3 only.
 *
 * @param flags context flags; bit 0 = read-only
 */
public record MessageContext(long origin, long nonce, long caller, long receiver, long methodNumber,
        TokenAmount valueReceived, TokenAmount gasPremium, long flags) {
    public static final long FLAG_READ_ONLY = 1;
}
