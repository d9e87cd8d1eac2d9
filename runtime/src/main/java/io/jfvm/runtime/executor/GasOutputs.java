package io.jfvm.runtime.executor;

import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;

/**
 * Where a message's gas fee goes (ref-fvm {@code fvm/src/gas/outputs.rs}, the same formula in v2 and v3): base fee
 * burn, miner tip, over-estimation burn and refund, plus the miner penalty (reported, never transferred).
 *
 * @param gasRefund whole gas refunded
 * @param gasBurned whole gas burned for over-estimation
 */
public record GasOutputs(TokenAmount baseFeeBurn, TokenAmount overEstimationBurn, TokenAmount minerPenalty,
                         TokenAmount minerTip, TokenAmount refund, long gasRefund, long gasBurned) {
    private static final long GAS_OVERUSE_NUM = 11;
    private static final long GAS_OVERUSE_DENOM = 10;

    /** Computes the outputs of a message that used {@code gasUsed} of {@code gasLimit} (whole gas). */
    public static GasOutputs compute(long gasUsed, long gasLimit, TokenAmount baseFee, TokenAmount feeCap,
                                     TokenAmount gasPremium) {
        BigInteger base = baseFee.atto();
        BigInteger cap = feeCap.atto();
        BigInteger used = BigInteger.valueOf(gasUsed);
        BigInteger limit = BigInteger.valueOf(gasLimit);

        BigInteger baseFeeToPay = base;
        BigInteger penalty = BigInteger.ZERO;
        if (base.compareTo(cap) > 0) {
            baseFeeToPay = cap;
            penalty = base.subtract(cap).multiply(used);
        }
        BigInteger baseFeeBurn = baseFeeToPay.multiply(used);

        BigInteger tipPerGas = gasPremium.atto();
        if (baseFeeToPay.add(tipPerGas).compareTo(cap) > 0) {
            tipPerGas = cap.subtract(baseFeeToPay);
        }
        BigInteger minerTip = tipPerGas.multiply(limit);

        long[] refundBurn = overEstimationBurn(gasUsed, gasLimit);
        BigInteger overBurn = BigInteger.ZERO;
        if (refundBurn[1] != 0) {
            BigInteger burned = BigInteger.valueOf(refundBurn[1]);
            overBurn = baseFeeToPay.multiply(burned);
            penalty = penalty.add(base.subtract(baseFeeToPay).multiply(burned));
        }
        BigInteger refund = cap.multiply(limit).subtract(baseFeeBurn).subtract(minerTip).subtract(overBurn);
        return new GasOutputs(TokenAmount.ofAtto(baseFeeBurn), TokenAmount.ofAtto(overBurn),
                TokenAmount.ofAtto(penalty), TokenAmount.ofAtto(minerTip), TokenAmount.ofAtto(refund),
                refundBurn[0], refundBurn[1]);
    }

    /** {@code [gas refund, gas burned]}: gas used beyond 10% under the limit is partly burned. */
    static long[] overEstimationBurn(long gasUsed, long gasLimit) {
        if (gasUsed == 0) {
            return new long[] {0, gasLimit};
        }
        long over = gasLimit - (GAS_OVERUSE_NUM * gasUsed) / GAS_OVERUSE_DENOM;
        if (over < 0) {
            return new long[] {gasLimit - gasUsed, 0};
        }
        over = Math.min(over, gasUsed);
        long burned = BigInteger.valueOf(gasLimit - gasUsed).multiply(BigInteger.valueOf(over))
                .divide(BigInteger.valueOf(gasUsed)).longValueExact();
        return new long[] {gasLimit - gasUsed - burned, burned};
    }
}
