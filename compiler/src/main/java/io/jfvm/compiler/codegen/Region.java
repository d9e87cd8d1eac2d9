package io.jfvm.compiler.codegen;

import java.util.BitSet;

/**
 * A range of a function body, [start, end), outlined into a method of its own. It is balanced (every block it
 * opens it closes) and starts and ends with the operand stack at its enclosing block's base height.
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
