package io.jfvm.gas.fuzz;

/**
 * Something a campaign found in one module, in one comparison ({@code plain} or {@code fvm}).
 *
 * @param detail what differed or failed, with the call (export and arguments) where it happened
 */
record Finding(Kind kind, String comparison, String detail) {
    enum Kind {
        /** The engines disagree: results, trap, log, globals (the gas counter among them), memory or tables. */
        DIVERGENCE,
        /** jfvm failed other than by trapping: an exception from compilation, instantiation or a call. */
        CRASH,
        /** jfvm rejected a module that binaryen generated and Chicory accepts. */
        REJECTED,
        /** The module did not finish within its time budget on one of the engines. */
        HANG,
        /** Chicory failed other than by trapping, so there is no reference result. */
        REFERENCE_FAILURE,
        /** The fuzzer itself failed (preparing Chicory's module, or something unforeseen): not an engine's fault. */
        FUZZER_FAILURE
    }

    @Override
    public String toString() {
        return kind + " (" + comparison + "): " + detail;
    }
}
