package io.jfvm.syscalls;

import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;

/** {@code send.send}. */
public interface SendOps {
    /** The raw {@code gas_limit} argument meaning "no sub-limit" (u64::MAX). */
    long NO_GAS_LIMIT = -1L;

    /**
     * @param method u64 bits
     * @param paramsId params block id, 0 = none
     * @param gasLimit the raw u64 {@code gas_limit} in whole gas: {@link #NO_GAS_LIMIT} = none (always in v2);
     *     any other value, including 0, is a limit ({@link #gasLimitMilligas})
     * @param flags validated send flags (bit 0 read-only); 0 in v2
     */
    SendResult send(Address to, long method, int paramsId, TokenAmount value, long gasLimit, long flags)
           ;

    /** A raw u64 gas limit converted to milligas as {@code Gas::new} does (saturating). */
    static long gasLimitMilligas(long gasLimit) {
        if (gasLimit < 0 || gasLimit > Long.MAX_VALUE / 1000) {
            return Long.MAX_VALUE;
        }
        return gasLimit * 1000;
    }
}
