package io.jfvm.runtime.call;

import io.jfvm.gas.OutOfGasException;

/** The gas tracker ran out while executing; the tracker has already set {@code used := limit}. */
public final class OutOfGas extends ExecutionException {
    public OutOfGas(OutOfGasException cause) {
        super(cause.getMessage(), cause);
    }
}
