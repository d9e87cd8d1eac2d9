package io.jfvm.compiler.parse;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.ActiveElement;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.DeclarativeElement;
import com.dylibso.chicory.wasm.types.Element;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TableLimits;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.CustomSection;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Global;
import io.jfvm.compiler.ir.GlobalType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Limits;
import io.jfvm.compiler.ir.MemoryType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.TableType;
import io.jfvm.compiler.ir.ValType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses and validates a binary module with Chicory's parser, then lowers Chicory's model into jfvm's IR.
 * Every failure, including unexpected exceptions from the parser on hostile input, surfaces as a
 * {@link WasmFormatException}.
 */
public final class WasmParser {
    private static final int START_SECTION = 8;
    private static final int DATA_COUNT_SECTION = 12;

    private final byte[] bytes;

    private WasmParser(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Module parse(byte[] bytes) {
        WasmModule chicory;
        try {
            chicory = Parser.parse(bytes);
        } catch (InvalidException e) {
            throw new WasmFormatException(WasmFormatException.Kind.INVALID, e.getMessage(), e);
        } catch (ChicoryException e) {
            throw new WasmFormatException(WasmFormatException.Kind.MALFORMED, e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
            // Chicory is not hardened against every hostile input; whatever it throws means "not a module".
            // That includes its internal assertions (AnnotatedInstruction.Builder.build), which fail on some
            // mutated code sections when assertions are enabled, as they are under test.
            throw new WasmFormatException(WasmFormatException.Kind.MALFORMED,
                    "parser failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        Module module = new WasmParser(bytes).lower(chicory);
        ModuleValidator.validate(module);
        return module;
    }

    private Module lower(WasmModule w) {
        if (w.tagSection().isPresent()) {
            throw unsupported("exception handling (tag section)");
        }
        Module m = new Module();
        for (FunctionType t : w.typeSection().types()) {
            m.types().add(new FuncType(valTypes(t.params()), valTypes(t.returns())));
        }
        var imports = w.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            var imp = imports.getImport(i);
            m.imports().add(switch (imp.importType()) {
                case FUNCTION -> Import.function(imp.module(), imp.name(), ((FunctionImport) imp).typeIndex());
                case TABLE -> Import.table(imp.module(), imp.name(), tableType(((TableImport) imp).entryType(),
                        ((TableImport) imp).limits()));
                case MEMORY -> Import.memory(imp.module(), imp.name(), memoryType(((MemoryImport) imp).limits()));
                case GLOBAL -> Import.global(imp.module(), imp.name(), new GlobalType(
                        valType(((GlobalImport) imp).type()),
                        ((GlobalImport) imp).mutabilityType() == MutabilityType.Var));
                default -> throw unsupported("import of kind " + imp.importType());
            });
        }
        var functionSection = w.functionSection();
        FunctionBody[] bodies = w.codeSection().functionBodies();
        for (int i = 0; i < functionSection.functionCount(); i++) {
            FunctionBody body = bodies[i];
            m.functions().add(new Function(functionSection.getFunctionType(i), valTypes(body.localTypes()),
                    instructions(body.instructions())));
        }
        for (int i = 0; i < w.tableSection().tableCount(); i++) {
            var t = w.tableSection().getTable(i);
            if (!isNullInitializer(t.initialize())) {
                throw unsupported("table initializer expressions");
            }
            m.tables().add(tableType(t.elementType(), t.limits()));
        }
        w.memorySection().ifPresent(ms -> {
            for (int i = 0; i < ms.memoryCount(); i++) {
                m.memories().add(memoryType(ms.getMemory(i).limits()));
            }
        });
        for (var g : w.globalSection().globals()) {
            m.globals().add(new Global(new GlobalType(valType(g.valueType()), g.mutabilityType() == MutabilityType.Var),
                    constExpr(g.initInstructions())));
        }
        for (int i = 0; i < w.exportSection().exportCount(); i++) {
            var e = w.exportSection().getExport(i);
            m.exports().add(new Export(e.name(), externKind(e.exportType()), e.index()));
        }
        w.startSection().ifPresent(s -> m.setStart((int) s.startIndex()));
        for (Element e : w.elementSection().elements()) {
            List<List<Instr>> items = new ArrayList<>();
            for (var init : e.initializers()) {
                items.add(constExpr(init));
            }
            ValType type = elementType(e.type());
            if (e instanceof ActiveElement a) {
                m.elements().add(new ElementSegment(ElementSegment.Mode.ACTIVE, type, a.tableIndex(),
                        constExpr(a.offset()), items));
            } else if (e instanceof DeclarativeElement) {
                m.elements().add(new ElementSegment(ElementSegment.Mode.DECLARATIVE, type, 0, List.of(), items));
            } else {
                m.elements().add(new ElementSegment(ElementSegment.Mode.PASSIVE, type, 0, List.of(), items));
            }
        }
        for (var d : w.dataSection().dataSegments()) {
            if (d instanceof ActiveDataSegment a) {
                m.datas().add(new DataSegment(true, (int) a.index(), constExpr(a.offsetInstructions()), a.data()));
            } else {
                m.datas().add(new DataSegment(false, 0, List.of(), d.data()));
            }
        }
        m.setDataCount(w.dataCountSection().isPresent());
        m.customSections().addAll(customSections());
        NameCustomSection names = w.nameSection();
        if (names != null) {
            int imported = m.importCount(ExternKind.FUNCTION);
            for (int i = 0; i < m.functions().size(); i++) {
                m.functions().get(i).setName(names.nameOfFunction(imported + i));
            }
        }
        return m;
    }

    /**
     * Whether a table's initializer is the implicit one: Chicory gives every table without an initializer
     * expression (the only form in WebAssembly 2.0) a single {@code ref.null}.
     */
    private static boolean isNullInitializer(List<com.dylibso.chicory.wasm.types.Instruction> init) {
        return init == null || init.isEmpty() || init.size() == 1 && init.get(0).opcode() == OpCode.REF_NULL;
    }

    /** A constant expression without its terminating {@code end}. */
    private List<Instr> constExpr(List<com.dylibso.chicory.wasm.types.Instruction> in) {
        List<Instr> out = new ArrayList<>(in.size());
        for (var i : in) {
            if (i.opcode() != OpCode.END) {
                out.add(instruction(i));
            }
        }
        return out;
    }

    private List<Instr> instructions(List<AnnotatedInstruction> in) {
        List<Instr> out = new ArrayList<>(in.size());
        for (var i : in) {
            out.add(instruction(i));
        }
        return out;
    }

    private Instr instruction(com.dylibso.chicory.wasm.types.Instruction i) {
        OpCode oc = i.opcode();
        int code = oc.opcode();
        Op op = code > 0xFF ? ((code >> 8) == 0xFC ? Op.extended(code & 0xFF) : null) : Op.single(code);
        if (op == null) {
            throw unsupported("instruction " + oc + " (outside WebAssembly 2.0 without SIMD)");
        }
        long[] o = i.operands();
        return switch (op.immediate) {
            case NONE -> Instr.of(op);
            case BLOCK -> Instr.block(op, blockType(i.address()));
            case LABEL -> Instr.branch(op, (int) o[0]);
            case LABEL_TABLE -> {
                int[] targets = new int[o.length - 1];
                for (int k = 0; k < targets.length; k++) {
                    targets[k] = (int) o[k];
                }
                yield Instr.brTable(targets, (int) o[o.length - 1]);
            }
            case CALL_INDIRECT -> Instr.callIndirect((int) o[0], (int) o[1]);
            case FUNC, LOCAL, GLOBAL, TABLE, DATA, ELEM -> Instr.indexed(op, (int) o[0]);
            // memory.size and memory.grow carry a reserved zero byte that Chicory checks and drops.
            case MEMORY -> Instr.indexed(op, o.length == 0 ? 0 : (int) o[0]);
            case DATA_MEMORY, MEMORY_MEMORY, ELEM_TABLE, TABLE_TABLE -> Instr.indexed(op, (int) o[0], (int) o[1]);
            case MEMARG -> Instr.memory(op, (int) o[0], o[1]);
            case I32 -> Instr.i32((int) o[0]);
            case I64 -> Instr.i64(o[0]);
            case F32 -> Instr.f32Bits((int) o[0]);
            case F64 -> Instr.f64Bits(o[0]);
            case REF_TYPE -> Instr.refNull(ValType.fromCode((int) o[0] & 0x7F));
            case SELECT_TYPES -> Instr.selectTyped(Arrays.stream(o)
                    .mapToObj(id -> valType(com.dylibso.chicory.wasm.types.ValType.builder().fromId(id).build()))
                    .toList());
        };
    }

    /**
     * The custom sections other than {@code name} (which the IR keeps as function names), in module order, each
     * with the id of the last non-custom, non-empty section before it (0 if none). Read from the bytes, because
     * Chicory keeps custom sections in a map by name, losing their order, their places and all but one of each
     * name. Chicory has already checked the section framing; names are checked here to be UTF-8 as the format
     * requires (Chicory checks only the first custom section's name).
     */
    private List<CustomSection> customSections() {
        List<CustomSection> out = new ArrayList<>();
        int[] pos = {8};
        int after = 0;
        while (pos[0] < bytes.length) {
            int id = bytes[pos[0]++] & 0xFF;
            int size = (int) readU32(pos);
            int end = pos[0] + size;
            if (id != 0) {
                // A section holding an empty vector is not encoded again, so it cannot mark a place.
                int[] contents = {pos[0]};
                boolean empty = id != START_SECTION && id != DATA_COUNT_SECTION && readU32(contents) == 0;
                if (!empty) {
                    after = id;
                }
            } else {
                int nameLength = (int) readU32(pos);
                String name = utf8(Arrays.copyOfRange(bytes, pos[0], pos[0] + nameLength));
                if (!name.equals("name")) {
                    out.add(new CustomSection(name, Arrays.copyOfRange(bytes, pos[0] + nameLength, end), after));
                }
            }
            pos[0] = end;
        }
        return out;
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new WasmFormatException(WasmFormatException.Kind.MALFORMED, "malformed UTF-8 encoding", e);
        }
    }

    /** An unsigned LEB128 number at {@code pos[0]}, which is advanced past it. */
    private long readU32(int[] pos) {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[pos[0]++] & 0xFF;
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return result;
    }

    /**
     * Reads a block type from the module bytes, after the opcode at {@code address}. Chicory decodes the block
     * type as an unsigned number, which cannot tell type index 64 from the empty type (both 64 when read that
     * way), so the signed 33-bit value is decoded here from the original bytes.
     */
    private int blockType(int address) {
        long result = 0;
        int shift = 0;
        int pos = address + 1;
        int b;
        do {
            b = bytes[pos++] & 0xFF;
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        if (result < 0 && result != BlockType.EMPTY) {
            ValType.fromCode((int) (result + 0x80)); // checks that it names a supported value type
        }
        return (int) result;
    }

    private static List<ValType> valTypes(List<com.dylibso.chicory.wasm.types.ValType> in) {
        List<ValType> out = new ArrayList<>(in.size());
        for (var t : in) {
            out.add(valType(t));
        }
        return out;
    }

    private static ValType valType(com.dylibso.chicory.wasm.types.ValType t) {
        int opcode = t.opcode();
        if (opcode == com.dylibso.chicory.wasm.types.ValType.ID.RefNull
                || opcode == com.dylibso.chicory.wasm.types.ValType.ID.Ref) {
            // (ref null func) / (ref null extern) written in the typed-reference form.
            if (t.equals(com.dylibso.chicory.wasm.types.ValType.FuncRef)) {
                return ValType.FUNCREF;
            }
            if (t.equals(com.dylibso.chicory.wasm.types.ValType.ExternRef)) {
                return ValType.EXTERNREF;
            }
            throw unsupported("reference type " + t + " (typed function references)");
        }
        try {
            return ValType.fromCode(opcode);
        } catch (IllegalArgumentException e) {
            throw unsupported("value type " + t);
        }
    }

    /**
     * The type of an element segment. Chicory types the segments written with function indices (flags 0–3) as
     * the non-nullable {@code (ref func)}; in WebAssembly 2.0 their type is funcref.
     */
    private static ValType elementType(com.dylibso.chicory.wasm.types.ValType t) {
        if (t.opcode() == com.dylibso.chicory.wasm.types.ValType.ID.Ref
                && t.typeIdx() == com.dylibso.chicory.wasm.types.ValType.TypeIdxCode.FUNC.code()) {
            return ValType.FUNCREF;
        }
        return valType(t);
    }

    private static TableType tableType(com.dylibso.chicory.wasm.types.ValType element, TableLimits limits) {
        long max = limits.max() >= TableLimits.LIMIT_MAX ? Limits.NO_MAX : limits.max();
        return new TableType(valType(element), new Limits(limits.min(), max));
    }

    private static MemoryType memoryType(MemoryLimits limits) {
        if (limits.shared()) {
            throw unsupported("shared memory (threads)");
        }
        long max = limits.maximumPages() >= MemoryLimits.MAX_PAGES ? Limits.NO_MAX : limits.maximumPages();
        return new MemoryType(new Limits(limits.initialPages(), max));
    }

    private static ExternKind externKind(com.dylibso.chicory.wasm.types.ExternalType t) {
        return switch (t) {
            case FUNCTION -> ExternKind.FUNCTION;
            case TABLE -> ExternKind.TABLE;
            case MEMORY -> ExternKind.MEMORY;
            case GLOBAL -> ExternKind.GLOBAL;
            default -> throw unsupported("export of kind " + t);
        };
    }

    private static WasmFormatException unsupported(String what) {
        return new WasmFormatException(WasmFormatException.Kind.UNSUPPORTED, what);
    }
}
