package io.jfvm.gas;

/**
 * A charge exceeded the available gas. By the time this is thrown the tracker has already set
 * {@code used := limit}, as the FVM does.
 */
public final class OutOfGasException extends Exception {
    private final String chargeName;

    public OutOfGasException(String chargeName, long requestedMilligas, long availableMilligas) {
        super("out of gas charging " + chargeName + ": " + Gas.format(requestedMilligas) + " requested, "
                + Gas.format(availableMilligas) + " available");
        this.chargeName = chargeName;
    }

    /** The name of the charge that ran out. */
    public String chargeName() {
        return chargeName;
    }
}
