package io.jfvm.ipld.types;

/**
 * The gas tracker ran out (ref-fvm {@code ExecutionError::OutOfGas}). By the time this is thrown the tracker has set
 * {@code used := limit}, as the FVM does.
 */
public final class OutOfGas extends ExecutionError {
    private final String chargeName;

    public OutOfGas(String chargeName, String message) {
        super(message, null, false);
        this.chargeName = chargeName;
    }

    /** The name of the charge that ran out, e.g. {@code wasm_exec}. */
    public String chargeName() {
        return chargeName;
    }
}
