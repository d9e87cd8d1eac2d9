package io.jfvm.gas.price;

import io.jfvm.gas.Gas;

/**
 * The wasm part of a price list, in milligas: what the instrumentation charges per instruction and what the
 * host charges for memory. FVM v2 has a single {@code exec_instruction_cost}; v3/v4 split it into classes (all
 * equal today) and add per-byte memory costs.
 *
 * @param instructionDefault loads, stores, constants, locals, globals, select, sizes, drops of segments
 * @param mathDefault arithmetic, comparison, conversion
 * @param jumpUnconditional {@code br} and {@code call}
 * @param jumpConditional {@code br_if} and {@code if}
 * @param jumpIndirect {@code br_table} and {@code call_indirect}
 * @param call extra per call
 * @param memoryFillBaseCost extra for stores, fills and grows
 * @param memoryFillPerByteCost per byte filled or grown (and of initial memory)
 * @param memoryAccessCost extra for loads, copies and indirect jumps
 * @param memoryCopyPerByteCost per byte copied
 * @param hostCallCost per syscall ({@code OnSyscall})
 */
public record WasmGasPrices(long instructionDefault, long mathDefault, long jumpUnconditional, long jumpConditional,
        long jumpIndirect, long call, long memoryFillBaseCost, long memoryFillPerByteCost, long memoryAccessCost,
        long memoryCopyPerByteCost, long hostCallCost) {

    /** wasmtime's (and WebAssembly's) page size: memory.grow is priced per page. */
    public static final long WASM_PAGE_SIZE = 65536;
    /** Each table element reserves a pointer, so table operations are priced as 8 bytes per element. */
    public static final long TABLE_ELEMENT_SIZE = 8;

    /** {@code init_memory_gas}: charged at instantiation for the module's minimum memory (v3/v4). */
    public long initMemoryGas(long minMemoryBytes) {
        return Gas.add(memoryFillBaseCost, Gas.mul(memoryFillPerByteCost, minMemoryBytes));
    }

    /** {@code grow_memory_gas}: the {@code wasm_memory_grow} part of an exec charge (v3/v4). */
    public long growMemoryGas(long grownBytes) {
        return Gas.add(memoryFillBaseCost, Gas.mul(memoryFillPerByteCost, grownBytes));
    }

    /** {@code init_table_gas}: charged at instantiation for a table exported as "table" (v3/v4). */
    public long initTableGas(long minTableElements) {
        return Gas.add(memoryFillBaseCost, Gas.mul(memoryFillPerByteCost,
                Gas.mul(minTableElements, TABLE_ELEMENT_SIZE)));
    }
}
