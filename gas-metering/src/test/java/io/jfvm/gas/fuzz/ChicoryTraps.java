package io.jfvm.gas.fuzz;

import io.jfvm.compiler.rt.TrapKind;

/**
 * Chicory's trap messages as jfvm's {@link TrapKind}s. Both follow the spec suite's wording, except that Chicory
 * says "undefined element" (the suite's wording) for a {@code call_indirect} index beyond the table, where jfvm
 * says "out of bounds table access"; Chicory also appends detail to some messages.
 */
final class ChicoryTraps {
    private ChicoryTraps() {}

    /** The kind of trap {@code message} reports, or null when it is not a trap message. */
    static TrapKind kind(String message) {
        if (message == null) {
            return null;
        }
        if (message.equals("Trapped on unreachable instruction")) {
            return TrapKind.UNREACHABLE;
        }
        if (message.startsWith("undefined element")) {
            return TrapKind.TABLE_OUT_OF_BOUNDS;
        }
        for (TrapKind kind : TrapKind.values()) {
            if (message.startsWith(kind.message)) {
                return kind;
            }
        }
        return null;
    }
}
