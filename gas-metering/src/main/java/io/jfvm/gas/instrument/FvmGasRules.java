package io.jfvm.gas.instrument;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;
import io.jfvm.gas.Gas;
import io.jfvm.gas.price.WasmGasPrices;

/**
 * The instruction prices of FVM v3 and v4 ({@code impl Rules for WasmGasPrices} in ref-fvm's {@code price_list.rs}),
 * in milligas: {@code nop drop block loop unreachable return else end} are free; jumps, calls, constants, locals,
 * globals, math, loads and stores cost their class price; bulk memory, table and {@code memory.grow} operations are
 * linear in their count operand; {@code ref.null}, {@code ref.is_null} and {@code ref.func} are rejected (exceptions,
 * tail calls, atomics and SIMD, which upstream also rejects, never reach jfvm's IR). FVM v2's single price is
 * {@link FlatGasRules}.
 */
public final class FvmGasRules implements CostRules {
    private final WasmGasPrices p;

    public FvmGasRules(WasmGasPrices prices) {
        this.p = prices;
    }

    @Override
    public InstructionCost cost(Instr instruction) {
        Op op = instruction.op;
        long instr = p.instructionDefault();
        return switch (op) {
            // FIP-0032: structural instructions and drop are free.
            case NOP, BLOCK, LOOP, UNREACHABLE, RETURN, ELSE, END, DROP -> InstructionCost.fixed(0);
            case BR -> InstructionCost.fixed(p.jumpUnconditional());
            case BR_IF, IF -> InstructionCost.fixed(p.jumpConditional());
            case BR_TABLE -> InstructionCost.fixed(Gas.add(p.jumpIndirect(), p.memoryAccessCost()));
            case CALL -> InstructionCost.fixed(Gas.add(p.jumpUnconditional(), p.call()));
            case CALL_INDIRECT -> InstructionCost.fixed(Gas.add(Gas.add(p.jumpIndirect(), p.memoryAccessCost()),
                    p.call()));
            case I64_EXTEND_I32_U, I32_WRAP_I64, I32_REINTERPRET_F32, I64_REINTERPRET_F64, F32_REINTERPRET_I32,
                    F64_REINTERPRET_I64, I32_CONST, I64_CONST, F32_CONST, F64_CONST -> InstructionCost.fixed(instr);
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE, GLOBAL_GET, GLOBAL_SET, SELECT, SELECT_T ->
                    InstructionCost.fixed(instr);
            case I32_LOAD, I64_LOAD, F32_LOAD, F64_LOAD, I32_LOAD8_S, I32_LOAD8_U, I32_LOAD16_S, I32_LOAD16_U,
                    I64_LOAD8_S, I64_LOAD8_U, I64_LOAD16_S, I64_LOAD16_U, I64_LOAD32_S, I64_LOAD32_U, TABLE_GET ->
                    InstructionCost.fixed(Gas.add(instr, p.memoryAccessCost()));
            case I32_STORE, I64_STORE, F32_STORE, F64_STORE, I32_STORE8, I32_STORE16, I64_STORE8, I64_STORE16,
                    I64_STORE32, TABLE_SET -> InstructionCost.fixed(Gas.add(instr, p.memoryFillBaseCost()));
            case TABLE_INIT, TABLE_COPY -> linear(Gas.add(instr, p.memoryAccessCost()), p.memoryCopyPerByteCost(),
                    WasmGasPrices.TABLE_ELEMENT_SIZE);
            case TABLE_FILL, TABLE_GROW -> linear(Gas.add(instr, p.memoryFillBaseCost()), p.memoryFillPerByteCost(),
                    WasmGasPrices.TABLE_ELEMENT_SIZE);
            // memory.grow is the odd one out: its operand counts whole pages.
            case MEMORY_GROW -> linear(Gas.add(instr, p.memoryFillBaseCost()), p.memoryFillPerByteCost(),
                    WasmGasPrices.WASM_PAGE_SIZE);
            case MEMORY_FILL -> linear(Gas.add(instr, p.memoryFillBaseCost()), p.memoryFillPerByteCost(), 1);
            case MEMORY_INIT, MEMORY_COPY -> linear(Gas.add(instr, p.memoryAccessCost()), p.memoryCopyPerByteCost(),
                    1);
            case DATA_DROP, ELEM_DROP, MEMORY_SIZE, TABLE_SIZE -> InstructionCost.fixed(instr);
            case REF_NULL, REF_IS_NULL, REF_FUNC -> throw new WasmFormatException(WasmFormatException.Kind.UNSUPPORTED,
                    "the FVM rejects reference instructions (" + op.text + ")");
            // Everything left is integer or float arithmetic, comparison, conversion or sign extension.
            default -> {
                if (!isNumeric(op)) {
                    throw new IllegalStateException("no FVM price for " + op.text);
                }
                yield InstructionCost.fixed(p.mathDefault());
            }
        };
    }

    private static boolean isNumeric(Op op) {
        return op.prefix == 0xFC ? op.code <= 0x07 : op.code >= 0x45 && op.code <= 0xC4;
    }

    /** ref-fvm's {@code linear_cost}: the per-unit price must fit a u32; a zero per-unit price is a fixed cost. */
    private static InstructionCost linear(long base, long perByte, long unitMultiplier) {
        long perUnit = Gas.mul(perByte, unitMultiplier);
        if (perUnit < 0 || perUnit > 0xFFFF_FFFFL) {
            throw new IllegalStateException("linear gas exceeds u32: " + perUnit);
        }
        return perUnit == 0 ? InstructionCost.fixed(base) : InstructionCost.linear(base, perUnit);
    }

    @Override
    public String id() {
        return "fvm-v3(" + p + ")";
    }
}
