package io.jfvm.compiler.codegen;

import java.util.BitSet;

/**
 * A range of a function body, [start, end), outlined into a method of its own. It is balanced (every block it
 * opens it closes) and never pops a value pushed before its start; the values it leaves are its results.
 */
final class Region {
    final int start;
    final int end;
    /** The wasm locals the range reads or writes. */
    final BitSet usedLocals;

    Region(int start, int end, BitSet usedLocals) {
        this.start = start;
        this.end = end;
        this.usedLocals = usedLocals;
    }
}
