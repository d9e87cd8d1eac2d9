package io.jfvm.runtime.executor;

import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.types.Receipt;
import io.jfvm.ipld.types.TokenAmount;
import java.util.List;

/**
 * The outcome of applying one message (ref-fvm's {@code ApplyRet}): the receipt, the fee outputs, why it failed
 * (if it did) and, when the machine traces, the gas charges in order.
 *
 * @param failureInfo a human-readable cause for a non-zero exit (a prevalidation failure, a dispatch error, a
 *     fatal error's cause), or null
 */
public record ApplyRet(Receipt receipt, TokenAmount penalty, TokenAmount minerTip, TokenAmount baseFeeBurn,
                       TokenAmount overEstimationBurn, TokenAmount refund, long gasRefund, long gasBurned,
                       String failureInfo, List<GasCharge> gasTrace) {

    /** A message rejected before execution: nothing changes, no gas is used, the miner pays {@code penalty}. */
    static ApplyRet prevalidationFailure(int exitCode, String reason, TokenAmount penalty, byte[] noData) {
        return new ApplyRet(new Receipt(exitCode, noData, 0, null), penalty, TokenAmount.ZERO, TokenAmount.ZERO,
                TokenAmount.ZERO, TokenAmount.ZERO, 0, 0, reason, List.of());
    }
}
