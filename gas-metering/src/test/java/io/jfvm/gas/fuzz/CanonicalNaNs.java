package io.jfvm.gas.fuzz;

import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.parse.WasmParser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The FVM's NaN canonicalisation for the reference engine, written independently of jfvm's: wasmtime compiles
 * actors with cranelift's NaN canonicalisation, which replaces any NaN result of a floating-point arithmetic
 * instruction with the canonical quiet NaN ({@code 0x7fc00000}, {@code 0x7ff8000000000000}). The instructions are
 * those of cranelift's {@code is_fp_arith} (wasmtime 36, which FVM v2 to v4 use): add, sub, mul, div, min, max,
 * sqrt, ceil, floor, trunc, nearest, demote and promote. Sign operations ({@code neg}, {@code abs},
 * {@code copysign}), loads, stores, constants and reinterpretations keep NaN bits as they are.
 *
 * <p>Applied to a module, it makes every NaN deterministic, so two engines can be required to agree bit for bit.
 */
final class CanonicalNaNs {
    private static final Set<Op> F32_ARITHMETIC = EnumSet.of(Op.F32_ADD, Op.F32_SUB, Op.F32_MUL, Op.F32_DIV,
            Op.F32_MIN, Op.F32_MAX, Op.F32_SQRT, Op.F32_CEIL, Op.F32_FLOOR, Op.F32_TRUNC, Op.F32_NEAREST,
            Op.F32_DEMOTE_F64);
    private static final Set<Op> F64_ARITHMETIC = EnumSet.of(Op.F64_ADD, Op.F64_SUB, Op.F64_MUL, Op.F64_DIV,
            Op.F64_MIN, Op.F64_MAX, Op.F64_SQRT, Op.F64_CEIL, Op.F64_FLOOR, Op.F64_TRUNC, Op.F64_NEAREST,
            Op.F64_PROMOTE_F32);
    private static final int CANONICAL_F32 = 0x7FC0_0000;
    private static final long CANONICAL_F64 = 0x7FF8_0000_0000_0000L;

    private CanonicalNaNs() {}

    /**
     * {@code wasm} with a call to a canonicalising function after every arithmetic instruction. The functions are
     * appended, so no other function index changes, and they are not instrumented: whatever gas and stack
     * accounting the module carries stays as it was.
     */
    static byte[] apply(byte[] wasm) {
        Module m = WasmParser.parse(wasm);
        int f32 = -1;
        int f64 = -1;
        for (Function f : List.copyOf(m.functions())) {
            List<Instr> body = new ArrayList<>(f.body().size());
            for (Instr i : f.body()) {
                body.add(i);
                if (F32_ARITHMETIC.contains(i.op)) {
                    f32 = f32 >= 0 ? f32 : addCanonicalizer(m, ValType.F32);
                    body.add(Instr.indexed(Op.CALL, f32));
                } else if (F64_ARITHMETIC.contains(i.op)) {
                    f64 = f64 >= 0 ? f64 : addCanonicalizer(m, ValType.F64);
                    body.add(Instr.indexed(Op.CALL, f64));
                }
            }
            f.setBody(body);
        }
        return f32 < 0 && f64 < 0 ? wasm : WasmEncoder.encode(m);
    }

    /** {@code (func (param t) (result t) x == x ? x : canonical)}. */
    private static int addCanonicalizer(Module m, ValType t) {
        boolean f32 = t == ValType.F32;
        Instr get = Instr.indexed(Op.LOCAL_GET, 0);
        List<Instr> body = List.of(get, get, Instr.of(f32 ? Op.F32_EQ : Op.F64_EQ),
                Instr.block(Op.IF, BlockType.of(t)), get, Instr.of(Op.ELSE),
                f32 ? Instr.f32Bits(CANONICAL_F32) : Instr.f64Bits(CANONICAL_F64), Instr.of(Op.END), Instr.of(Op.END));
        int index = m.functionCount();
        m.functions().add(new Function(m.typeIndex(new FuncType(List.of(t), List.of(t))), List.of(), body));
        return index;
    }
}
