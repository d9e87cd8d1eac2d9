package io.jfvm.gas.price;

import io.jfvm.gas.Gas;

/**
 * {@code flat + scale × x}, in milligas, saturating.
 *
 * @param flatMilligas the constant part
 * @param scaleMilligas the part per unit
 */
public record ScalingCost(long flatMilligas, long scaleMilligas) {
    public static final ScalingCost ZERO = new ScalingCost(0, 0);

    /** A cost given in whole gas. */
    public static ScalingCost ofGas(long flat, long scale) {
        return new ScalingCost(Gas.of(flat), Gas.of(scale));
    }

    public long apply(long units) {
        return Gas.add(flatMilligas, Gas.mul(scaleMilligas, units));
    }
}
