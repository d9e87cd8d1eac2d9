package io.jfvm.compiler.differential;

import io.jfvm.compiler.ir.FuncType;

/**
 * One instance of a module on one engine. Arguments and results are raw values: integers as such (i32 in the
 * low 32 bits), floats as their bit patterns.
 */
interface Engine {
    /** Calls export {@code name}; a trap is a {@link CallResult#trapped} result, not an exception. */
    CallResult call(String name, FuncType type, long[] args);

    /** The contents of linear memory (its current pages), or null when the module has none. */
    byte[] memory();
}
