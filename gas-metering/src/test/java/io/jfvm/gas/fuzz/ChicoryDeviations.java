package io.jfvm.gas.fuzz;

import com.dylibso.chicory.runtime.Instance;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where Chicory 1.5.1's interpreter departs from the WebAssembly 2.0 specification on generated modules, and how
 * the fuzzer's reference is brought back to it. The corrections apply to Chicory's instance or its copy of the
 * module only, and do what the specification prescribes, so jfvm is still compared with correct behaviour.
 *
 * <ul>
 *   <li>Active data segments are not dropped at instantiation. The specification's instantiation runs
 *       {@code memory.init i} then {@code data.drop i} for every active segment (2.0, §4.5.4 "Instantiation"),
 *       so a later {@code memory.init} of such a segment with a non-zero length traps with "out of bounds memory
 *       access"; Chicory copies from the segment instead. Corrected by dropping every active segment once the
 *       instance is built (active element segments Chicory does drop).</li>
 *   <li>{@code f32.convert_i64_u} and {@code f64.convert_i64_u} of a value with the top bit set round by hand,
 *       and wrongly: f32 rounds twice ({@code 0xf200000000000001} gives {@code 0x5f720001}, not
 *       {@code 0x5f720000}), f64 breaks ties downwards instead of to even ({@code 0x8974de5051bbbc00} gives
 *       {@code 0x43e12e9bca0a3777}, not {@code ...3778}); the specification rounds once, to nearest, ties
 *       to even (§4.3.2 {@code convert_u}). The correction halves the value keeping a sticky low bit, converts
 *       it signed (Java's {@code l2f}/{@code l2d}, correctly rounded) and doubles it, which is exact.</li>
 *   <li>{@code f32.abs} ({@code Math.abs(float)}, which on JDK 17 is {@code a <= 0 ? 0 - a : a} until the JIT
 *       compiles it) keeps the sign of a negative NaN, and {@code f32.copysign} takes the sign operand
 *       4290772992.0 (the float nearest {@code 0xFFC00000} read as an integer, apparently meant to catch a NaN
 *       pattern) as negative. Both are bitwise operations in the specification: {@code fabs} clears the sign bit,
 *       {@code fcopysign} takes the second operand's sign bit, NaN or not (§4.3.3). The correction does them
 *       on the bits.</li>
 *   <li>{@code memory.copy} reads the source range into a new array before checking bounds, so a length of a
 *       gigabyte or more allocates that much, or fails with {@link OutOfMemoryError}, where the specification
 *       traps with "out of bounds memory access" before copying anything (§4.4.7 {@code memory.copy}). The
 *       correction checks both ranges first and makes an access that is out of bounds for any memory (a load at
 *       2^32 - 1) when either is out of bounds.</li>
 *   <li>{@code i32.store8}, {@code i64.store8} and {@code i64.store32} add the offset to the address read as a
 *       signed int, so an address of 2^31 or more plus the offset can wrap below 2^32 into memory ({@code -9}
 *       with {@code offset=22} stores at 13); the other loads and stores are right. The effective address is the
 *       unsigned address plus the offset, without wrapping, and beyond the memory it traps (§4.4.7
 *       {@code t.store}). The correction checks the effective address in 64 bits first.</li>
 *   <li>A branch to a {@code loop} typed by a function type with several results (multi-value) leaves Chicory's
 *       operand stack wrong: {@code (f64.div (f64.const 1) (call $f))}, where {@code $f} iterates such a loop
 *       once and returns 2, gives 0 instead of 0.5, whether {@code $f} then falls out of the loop, branches out
 *       of it or returns from inside it. A loop's label carries the loop's parameters, none here (§4.4.8
 *       {@code br}; §3.3.8 "the label of a loop has the loop's parameter types"); the results leave only at its
 *       end. The correction rewrites such loops into untyped loops inside a block of the loop's type
 *       ({@link MultiValueLoops}).</li>
 * </ul>
 * Instructions are corrected by replacing them, in Chicory's copy of the module, with calls to appended
 * functions; appending leaves every other function index as it was. (Chicory's {@code min}, {@code max} and
 * {@code f64} rounding also return a signalling NaN operand unchanged instead of quieting it; no comparison here
 * can observe that, since NaN results are either filtered out or canonicalised.)
 */
final class ChicoryDeviations {
    private static final Set<Op> DEVIANT = EnumSet.of(Op.F32_CONVERT_I64_U, Op.F64_CONVERT_I64_U, Op.MEMORY_COPY,
            Op.I32_STORE8, Op.I64_STORE8, Op.I64_STORE32, Op.F32_ABS, Op.F32_COPYSIGN);

    private ChicoryDeviations() {}

    /** {@code wasm} with the deviant instructions replaced, or {@code wasm} itself when it has none. */
    static byte[] correctModule(byte[] wasm) {
        Module m = WasmParser.parse(wasm);
        // Keyed by the whole instruction: stores differ by their offset.
        Map<Instr, Integer> helpers = new HashMap<>();
        for (Function f : List.copyOf(m.functions())) {
            List<Instr> body = new ArrayList<>(f.body().size());
            for (Instr i : f.body()) {
                body.add(DEVIANT.contains(i.op)
                        ? Instr.indexed(Op.CALL, helpers.computeIfAbsent(i, deviant -> addHelper(m, deviant))) : i);
            }
            f.setBody(body);
        }
        boolean loopsRewritten = MultiValueLoops.rewrite(m);
        return helpers.isEmpty() && !loopsRewritten ? wasm : WasmEncoder.encode(m);
    }

    private static int addHelper(Module m, Instr instr) {
        Op op = instr.op;
        FuncType type = switch (op) {
            case F32_COPYSIGN -> new FuncType(List.of(ValType.F32, ValType.F32), List.of(ValType.F32));
            case F32_ABS -> new FuncType(List.of(ValType.F32), List.of(ValType.F32));
            case F32_CONVERT_I64_U -> new FuncType(List.of(ValType.I64), List.of(ValType.F32));
            case F64_CONVERT_I64_U -> new FuncType(List.of(ValType.I64), List.of(ValType.F64));
            case MEMORY_COPY -> new FuncType(List.of(ValType.I32, ValType.I32, ValType.I32), List.of());
            case I32_STORE8 -> new FuncType(List.of(ValType.I32, ValType.I32), List.of());
            case I64_STORE8, I64_STORE32 -> new FuncType(List.of(ValType.I32, ValType.I64), List.of());
            default -> throw new IllegalArgumentException("no correction for " + op);
        };
        List<Instr> body = switch (op) {
            case F32_CONVERT_I64_U, F64_CONVERT_I64_U -> unsignedConversion(op);
            case MEMORY_COPY -> boundsCheckedCopy();
            case I32_STORE8, I64_STORE8 -> boundsCheckedStore(instr, 1);
            case I64_STORE32 -> boundsCheckedStore(instr, 4);
            case F32_ABS -> List.of(get(0), Instr.of(Op.I32_REINTERPRET_F32), Instr.i32(0x7FFF_FFFF),
                    Instr.of(Op.I32_AND), Instr.of(Op.F32_REINTERPRET_I32), Instr.of(Op.END));
            case F32_COPYSIGN -> List.of(get(0), Instr.of(Op.I32_REINTERPRET_F32), Instr.i32(0x7FFF_FFFF),
                    Instr.of(Op.I32_AND), get(1), Instr.of(Op.I32_REINTERPRET_F32), Instr.i32(0x8000_0000),
                    Instr.of(Op.I32_AND), Instr.of(Op.I32_OR), Instr.of(Op.F32_REINTERPRET_I32), Instr.of(Op.END));
            default -> throw new IllegalArgumentException("no correction for " + op);
        };
        int index = m.functionCount();
        m.functions().add(new Function(m.typeIndex(type), List.of(), body));
        return index;
    }

    /** {@code x >= 0 ? convert_s(x) : 2 * convert_s((x >>> 1) | (x & 1))}. */
    private static List<Instr> unsignedConversion(Op op) {
        boolean f32 = op == Op.F32_CONVERT_I64_U;
        ValType t = f32 ? ValType.F32 : ValType.F64;
        Op signed = f32 ? Op.F32_CONVERT_I64_S : Op.F64_CONVERT_I64_S;
        Instr two = f32 ? Instr.f32Bits(Float.floatToRawIntBits(2f)) : Instr.f64Bits(Double.doubleToRawLongBits(2d));
        return List.of(get(0), Instr.i64(0), Instr.of(Op.I64_GE_S),
                Instr.block(Op.IF, BlockType.of(t)),
                get(0), Instr.of(signed),
                Instr.of(Op.ELSE),
                get(0), Instr.i64(1), Instr.of(Op.I64_SHR_U), get(0), Instr.i64(1), Instr.of(Op.I64_AND),
                Instr.of(Op.I64_OR), Instr.of(signed), two, Instr.of(f32 ? Op.F32_MUL : Op.F64_MUL),
                Instr.of(Op.END), Instr.of(Op.END));
    }

    /** {@code if (s + n > size || d + n > size) trap; memory.copy(d, s, n)}, in 64 bits so nothing wraps. */
    private static List<Instr> boundsCheckedCopy() {
        List<Instr> body = new ArrayList<>();
        for (int address : new int[] {1, 0}) {
            body.addAll(List.of(get(address), Instr.of(Op.I64_EXTEND_I32_U), get(2), Instr.of(Op.I64_EXTEND_I32_U),
                    Instr.of(Op.I64_ADD)));
            body.addAll(beyondMemory());
        }
        body.add(Instr.of(Op.I32_OR));
        body.addAll(trapIfSet());
        body.addAll(List.of(get(0), get(1), get(2), Instr.indexed(Op.MEMORY_COPY, 0, 0), Instr.of(Op.END)));
        return body;
    }

    /** {@code if (address + offset + width > size) trap; store}, in 64 bits so nothing wraps. */
    private static List<Instr> boundsCheckedStore(Instr store, int width) {
        List<Instr> body = new ArrayList<>(List.of(get(0), Instr.of(Op.I64_EXTEND_I32_U),
                Instr.i64(store.offset() + width), Instr.of(Op.I64_ADD)));
        body.addAll(beyondMemory());
        body.addAll(trapIfSet());
        body.addAll(List.of(get(0), get(1), store, Instr.of(Op.END)));
        return body;
    }

    /** [i64 end] -> [i32]: whether {@code end} lies beyond the memory's current size. */
    private static List<Instr> beyondMemory() {
        return List.of(Instr.indexed(Op.MEMORY_SIZE, 0), Instr.of(Op.I64_EXTEND_I32_U), Instr.i64(16),
                Instr.of(Op.I64_SHL), Instr.of(Op.I64_GT_U));
    }

    /** [i32 condition] -> []: traps with "out of bounds memory access" (a load at 2^32 - 1) when it is set. */
    private static List<Instr> trapIfSet() {
        return List.of(Instr.block(Op.IF, BlockType.EMPTY), Instr.i32(-1), Instr.memory(Op.I32_LOAD, 0, 0),
                Instr.of(Op.DROP), Instr.of(Op.END));
    }

    private static Instr get(int local) {
        return Instr.indexed(Op.LOCAL_GET, local);
    }

    static void correctInstantiation(Instance instance, Module shape) {
        for (int i = 0; i < shape.datas().size(); i++) {
            if (shape.datas().get(i).active()) {
                instance.memory().drop(i);
            }
        }
    }
}
