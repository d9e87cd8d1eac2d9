package io.jfvm.runtime.call;

import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.TokenAmount;

/**
 * A resolved call that must run actor code: the receiver exists, the value has been transferred and the
 * invocation gas has been charged. What remains is to build the block registry (params become block 1), link
 * the syscalls, instantiate {@code receiverState.code()} and call its {@code invoke} export.
 *
 * @param from the caller's actor id
 * @param to the receiver's actor id
 * @param method the method number (never 0: method 0 returns before code runs)
 * @param params the parameters block, or null for none (block id 0)
 * @param value the value transferred with the call
 * @param receiverState the receiver's actor state as loaded for this call
 * @param readOnly whether the call is read-only (FVM v3 {@code SendFlags::READ_ONLY}; always false in v2)
 */
public record Invocation(long from, long to, long method, BlockData params, TokenAmount value,
                         ActorState receiverState, boolean readOnly) {}
