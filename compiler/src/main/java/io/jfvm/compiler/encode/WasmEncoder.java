package io.jfvm.compiler.encode;

import io.jfvm.compiler.ir.CustomSection;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Encodes an IR {@link Module} in the WebAssembly binary format.
 *
 * <p>The output is deterministic and canonical: LEB128 numbers in their shortest form, empty sections omitted,
 * runs of equal local types merged, and each element segment in the most compact of the eight encodings that
 * can represent it. Parsing the output gives back an equal module.
 *
 * <p>Custom sections are written after the section given by {@link CustomSection#afterSectionId()} (0 meaning
 * before the first section), or at the end when it is negative. The {@code name} section is regenerated from
 * the function names, after the data section, unless the module carries a {@code name} custom section of its
 * own, which is then written verbatim instead.
 *
 * <p>The encoder checks only what it needs to produce well-formed bytes (numbers in range, descriptors
 * present); it does not validate the module.
 */
public final class WasmEncoder {
    /** Section ids, in the order the binary format requires; the data count section (12) precedes code. */
    private static final int[] SECTION_ORDER = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 10, 11};

    private static final int CUSTOM = 0;
    private static final int TYPE = 1;
    private static final int IMPORT = 2;
    private static final int FUNCTION = 3;
    private static final int TABLE = 4;
    private static final int MEMORY = 5;
    private static final int GLOBAL = 6;
    private static final int EXPORT = 7;
    private static final int START = 8;
    private static final int ELEMENT = 9;
    private static final int CODE = 10;
    private static final int DATA = 11;
    private static final int DATA_COUNT = 12;

    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
    private static final int FUNC_TYPE_FORM = 0x60;
    /** The element kind of the function-index element encodings: funcref. */
    private static final int ELEM_KIND_FUNCREF = 0x00;

    private final Module module;
    private final ByteWriter out = new ByteWriter();

    private WasmEncoder(Module module) {
        this.module = module;
    }

    /** The module's binary encoding. Throws {@link IllegalArgumentException} when the IR cannot be encoded. */
    public static byte[] encode(Module module) {
        return new WasmEncoder(module).run();
    }

    private byte[] run() {
        for (CustomSection c : module.customSections()) {
            checkPlacement(c);
        }
        out.writeBytes(HEADER);
        writeCustomSectionsAfter(CUSTOM);
        for (int id : SECTION_ORDER) {
            writeSection(id);
            writeCustomSectionsAfter(id);
        }
        if (!hasVerbatimNameSection()) {
            writeNameSection();
        }
        for (CustomSection c : module.customSections()) {
            if (c.afterSectionId() < 0) {
                writeCustomSection(c);
            }
        }
        return out.toByteArray();
    }

    private static void checkPlacement(CustomSection c) {
        int after = c.afterSectionId();
        if (after > DATA_COUNT) {
            throw new IllegalArgumentException("custom section \"" + c.name() + "\" placed after unknown section id "
                    + after);
        }
    }

    private void writeSection(int id) {
        switch (id) {
            case TYPE -> vectorSection(TYPE, module.types(), this::writeFuncType);
            case IMPORT -> vectorSection(IMPORT, module.imports(), this::writeImport);
            case FUNCTION -> vectorSection(FUNCTION, module.functions(),
                    (w, f) -> w.writeU32(f.typeIndex(), "function type index"));
            case TABLE -> vectorSection(TABLE, module.tables(), WasmEncoder::writeTableType);
            case MEMORY -> vectorSection(MEMORY, module.memories(), WasmEncoder::writeMemoryType);
            case GLOBAL -> vectorSection(GLOBAL, module.globals(), WasmEncoder::writeGlobal);
            case EXPORT -> vectorSection(EXPORT, module.exports(), WasmEncoder::writeExport);
            case START -> {
                if (module.start() >= 0) {
                    section(START, w -> w.writeU32(module.start(), "start function index"));
                }
            }
            case ELEMENT -> vectorSection(ELEMENT, module.elements(), WasmEncoder::writeElement);
            case DATA_COUNT -> {
                if (module.hasDataCount()) {
                    section(DATA_COUNT, w -> w.writeU32(module.datas().size(), "data count"));
                }
            }
            case CODE -> vectorSection(CODE, module.functions(), WasmEncoder::writeCode);
            case DATA -> vectorSection(DATA, module.datas(), WasmEncoder::writeData);
            default -> throw new IllegalStateException("no section " + id);
        }
    }

    /** A section holding a vector of items; omitted when there are none. */
    private <T> void vectorSection(int id, List<T> items, ItemWriter<T> writer) {
        if (items.isEmpty()) {
            return;
        }
        section(id, w -> {
            w.writeU32(items.size(), "item count");
            for (T item : items) {
                writer.write(w, item);
            }
        });
    }

    private void section(int id, Consumer<ByteWriter> contents) {
        ByteWriter body = new ByteWriter();
        contents.accept(body);
        out.writeByte(id);
        out.writeU32(body.size(), "section size");
        out.writeBytes(body);
    }

    private void writeFuncType(ByteWriter w, FuncType t) {
        w.writeByte(FUNC_TYPE_FORM);
        writeValTypes(w, t.params());
        writeValTypes(w, t.results());
    }

    private static void writeValTypes(ByteWriter w, List<ValType> types) {
        w.writeU32(types.size(), "value type count");
        for (ValType t : types) {
            w.writeByte(t.code);
        }
    }

    private void writeImport(ByteWriter w, Import imp) {
        w.writeName(imp.module());
        w.writeName(imp.name());
        w.writeByte(imp.kind().code);
        switch (imp.kind()) {
            case FUNCTION -> w.writeU32(imp.typeIndex(), "imported function type index");
            case TABLE -> writeTableType(w, require(imp.table(), imp));
            case MEMORY -> writeMemoryType(w, require(imp.memory(), imp));
            case GLOBAL -> writeGlobalType(w, require(imp.global(), imp));
        }
    }

    private static <T> T require(T descriptor, Import imp) {
        if (descriptor == null) {
            throw new IllegalArgumentException("import " + imp + " has no type");
        }
        return descriptor;
    }

    private static void writeTableType(ByteWriter w, TableType t) {
        w.writeByte(t.elementType().code);
        writeLimits(w, t.limits());
    }

    private static void writeMemoryType(ByteWriter w, MemoryType m) {
        writeLimits(w, m.limits());
    }

    private static void writeLimits(ByteWriter w, Limits l) {
        if (l.hasMax()) {
            w.writeByte(0x01);
            w.writeU32(l.min(), "minimum size");
            w.writeU32(l.max(), "maximum size");
        } else {
            w.writeByte(0x00);
            w.writeU32(l.min(), "minimum size");
        }
    }

    private static void writeGlobalType(ByteWriter w, GlobalType t) {
        w.writeByte(t.type().code);
        w.writeByte(t.mutable() ? 0x01 : 0x00);
    }

    private static void writeGlobal(ByteWriter w, Global g) {
        writeGlobalType(w, g.type());
        InstructionWriter.writeConstExpr(w, g.init());
    }

    private static void writeExport(ByteWriter w, Export e) {
        w.writeName(e.name());
        w.writeByte(e.kind().code);
        w.writeU32(e.index(), "export index");
    }

    /**
     * Picks the element encoding (flags 0–7 of the binary format): bit 0 set for non-active segments, bit 1 for
     * an explicit table index (active) or declarative mode, bit 2 for expressions instead of function indices.
     * Function indices are usable when the type is funcref and every item is a plain {@code ref.func}; the
     * implicit table 0 form (flags 0 and 4) only when the type is funcref as well.
     */
    private static void writeElement(ByteWriter w, ElementSegment e) {
        boolean funcref = e.type() == ValType.FUNCREF;
        boolean indices = funcref && e.items().stream().allMatch(WasmEncoder::isPlainRefFunc);
        boolean active = e.mode() == ElementSegment.Mode.ACTIVE;
        boolean implicitTable = active && e.tableIndex() == 0 && funcref;
        int flags = (indices ? 0 : 0b100)
                | switch (e.mode()) {
                    case ACTIVE -> implicitTable ? 0b000 : 0b010;
                    case PASSIVE -> 0b001;
                    case DECLARATIVE -> 0b011;
                };
        w.writeU32(flags, "element segment flags");
        if (active) {
            if (!implicitTable) {
                w.writeU32(e.tableIndex(), "element segment table index");
            }
            InstructionWriter.writeConstExpr(w, e.offset());
        }
        if (!implicitTable) {
            if (indices) {
                w.writeByte(ELEM_KIND_FUNCREF);
            } else {
                w.writeByte(e.type().code);
            }
        }
        w.writeU32(e.items().size(), "element count");
        for (List<Instr> item : e.items()) {
            if (indices) {
                w.writeU32(Integer.toUnsignedLong(item.get(0).index()), "element function index");
            } else {
                InstructionWriter.writeConstExpr(w, item);
            }
        }
    }

    private static boolean isPlainRefFunc(List<Instr> item) {
        return item.size() == 1 && item.get(0).op == Op.REF_FUNC;
    }

    private static void writeCode(ByteWriter w, Function f) {
        ByteWriter body = new ByteWriter();
        List<LocalRun> runs = LocalRun.of(f.locals());
        body.writeU32(runs.size(), "local declaration count");
        for (LocalRun run : runs) {
            body.writeU32(run.count(), "local count");
            body.writeByte(run.type().code);
        }
        InstructionWriter.writeAll(body, f.body());
        w.writeU32(body.size(), "function body size");
        w.writeBytes(body);
    }

    /** Data segment encodings: 0 = active in memory 0, 1 = passive, 2 = active with a memory index. */
    private static void writeData(ByteWriter w, DataSegment d) {
        if (!d.active()) {
            w.writeByte(0x01);
        } else if (d.memoryIndex() == 0) {
            w.writeByte(0x00);
            InstructionWriter.writeConstExpr(w, d.offset());
        } else {
            w.writeByte(0x02);
            w.writeU32(d.memoryIndex(), "data segment memory index");
            InstructionWriter.writeConstExpr(w, d.offset());
        }
        w.writeVector(d.bytes());
    }

    private void writeCustomSectionsAfter(int id) {
        for (CustomSection c : module.customSections()) {
            if (c.afterSectionId() == id) {
                writeCustomSection(c);
            }
        }
    }

    private void writeCustomSection(CustomSection c) {
        section(CUSTOM, w -> {
            w.writeName(c.name());
            w.writeBytes(c.bytes());
        });
    }

    private boolean hasVerbatimNameSection() {
        return module.customSections().stream().anyMatch(c -> c.name().equals(NameSection.NAME));
    }

    private void writeNameSection() {
        byte[] contents = NameSection.functionNames(module);
        if (contents != null) {
            writeCustomSection(new CustomSection(NameSection.NAME, contents, -1));
        }
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(ByteWriter w, T item);
    }

    /** A run of locals of one type, as the code section declares them. */
    private record LocalRun(ValType type, int count) {
        static List<LocalRun> of(List<ValType> locals) {
            List<LocalRun> runs = new ArrayList<>();
            int i = 0;
            while (i < locals.size()) {
                ValType t = locals.get(i);
                int start = i;
                while (i < locals.size() && locals.get(i) == t) {
                    i++;
                }
                runs.add(new LocalRun(t, i - start));
            }
            return runs;
        }
    }
}
