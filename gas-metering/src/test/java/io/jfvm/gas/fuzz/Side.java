package io.jfvm.gas.fuzz;

import io.jfvm.compiler.ir.FuncType;

/**
 * One instance of a module on one engine, with the state a comparison inspects. Values are raw (i32 in the low
 * bits, floats as bit patterns); global indices cover imported and defined globals alike.
 */
interface Side {
    /** Calls export {@code name}; a trap is an outcome, not an exception. */
    CallOutcome call(String name, FuncType type, long[] args);

    long global(int index);

    void setGlobal(int index, long raw);

    /** The size of linear memory in bytes (the module has one: binaryen's fuzzer always declares it). */
    int memorySize();

    /** The contents of linear memory: at least {@link #memorySize()} bytes, of which only those count. */
    byte[] memory();

    /** Table {@code index} as the function index of each element, -1 for a null element. */
    int[] table(int index);
}
