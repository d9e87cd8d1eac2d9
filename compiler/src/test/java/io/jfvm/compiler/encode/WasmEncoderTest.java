package io.jfvm.compiler.encode;

import static io.jfvm.compiler.encode.ByteWriterTest.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.CustomSection;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Limits;
import io.jfvm.compiler.ir.MemoryType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.TableType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.testing.ModuleComparison;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact bytes for hand-built modules, and the choices the encoder makes among equivalent encodings. */
class WasmEncoderTest {
    private static final byte[] HEADER = bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);

    @Test
    void emptyModuleIsJustTheHeader() {
        assertArrayEquals(HEADER, WasmEncoder.encode(new Module()));
    }

    @Test
    void functionWithLocalsAndImmediates() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(ValType.I32), List.of(ValType.I64)));
        m.functions().add(new Function(0, List.of(ValType.I64, ValType.I64, ValType.F32), List.of(
                Instr.block(Op.BLOCK, BlockType.of(ValType.I64)),
                Instr.i64(-1),
                Instr.branch(Op.BR, 0),
                Instr.of(Op.END),
                Instr.of(Op.END))));
        m.exports().add(new Export("f", ExternKind.FUNCTION, 0));
        byte[] expected = concat(HEADER,
                bytes(0x01, 0x06, 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7E), // type: (i32) -> (i64)
                bytes(0x03, 0x02, 0x01, 0x00), // function: type 0
                bytes(0x07, 0x05, 0x01, 0x01, 'f', 0x00, 0x00), // export "f" func 0
                // code: locals 2×i64, 1×f32; block (result i64) i64.const -1 br 0 end end
                bytes(0x0A, 0x0F, 0x01, 0x0D, 0x02, 0x02, 0x7E, 0x01, 0x7D,
                        0x02, 0x7E, 0x42, 0x7F, 0x0C, 0x00, 0x0B, 0x0B));
        assertArrayEquals(expected, WasmEncoder.encode(m));
        assertRoundTrips(m);
    }

    @Test
    void elementSegmentsUseTheMostCompactOfTheEightForms() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(), List.of()));
        m.functions().add(new Function(0, List.of(), List.of(Instr.of(Op.END))));
        m.tables().add(new TableType(ValType.FUNCREF, new Limits(4, Limits.NO_MAX)));
        m.tables().add(new TableType(ValType.FUNCREF, new Limits(4, 8)));
        m.tables().add(new TableType(ValType.EXTERNREF, new Limits(4, 8)));
        List<Instr> zero = List.of(Instr.i32(0));
        List<List<Instr>> funcs = List.of(List.of(Instr.indexed(Op.REF_FUNC, 0)));
        List<List<Instr>> exprs = List.of(List.of(Instr.refNull(ValType.FUNCREF)));
        List<List<Instr>> externs = List.of(List.of(Instr.refNull(ValType.EXTERNREF)));
        ElementSegment.Mode active = ElementSegment.Mode.ACTIVE;
        m.elements().add(new ElementSegment(active, ValType.FUNCREF, 0, zero, funcs)); // 0
        m.elements().add(new ElementSegment(ElementSegment.Mode.PASSIVE, ValType.FUNCREF, 0, null, funcs)); // 1
        m.elements().add(new ElementSegment(active, ValType.FUNCREF, 1, zero, funcs)); // 2
        m.elements().add(new ElementSegment(ElementSegment.Mode.DECLARATIVE, ValType.FUNCREF, 0, null, funcs)); // 3
        m.elements().add(new ElementSegment(active, ValType.FUNCREF, 0, zero, exprs)); // 4
        m.elements().add(new ElementSegment(ElementSegment.Mode.PASSIVE, ValType.EXTERNREF, 0, null, externs)); // 5
        m.elements().add(new ElementSegment(active, ValType.EXTERNREF, 2, zero, externs)); // 6
        m.elements().add(new ElementSegment(ElementSegment.Mode.DECLARATIVE, ValType.FUNCREF, 0, null, exprs)); // 7
        byte[] encoded = WasmEncoder.encode(m);
        byte[] elementSection = concat(
                bytes(0x09, 0x35, 0x08),
                bytes(0x00, 0x41, 0x00, 0x0B, 0x01, 0x00),
                bytes(0x01, 0x00, 0x01, 0x00),
                bytes(0x02, 0x01, 0x41, 0x00, 0x0B, 0x00, 0x01, 0x00),
                bytes(0x03, 0x00, 0x01, 0x00),
                bytes(0x04, 0x41, 0x00, 0x0B, 0x01, 0xD0, 0x70, 0x0B),
                bytes(0x05, 0x6F, 0x01, 0xD0, 0x6F, 0x0B),
                bytes(0x06, 0x02, 0x41, 0x00, 0x0B, 0x6F, 0x01, 0xD0, 0x6F, 0x0B),
                bytes(0x07, 0x70, 0x01, 0xD0, 0x70, 0x0B));
        assertTrue(indexOf(encoded, elementSection) >= 0, "element section not encoded as expected");
        assertRoundTrips(m);
    }

    @Test
    void activeExternrefSegmentOnTableZeroNamesItsTable() {
        Module m = new Module();
        m.tables().add(new TableType(ValType.EXTERNREF, new Limits(1, Limits.NO_MAX)));
        m.elements().add(new ElementSegment(ElementSegment.Mode.ACTIVE, ValType.EXTERNREF, 0, List.of(Instr.i32(0)),
                List.of(List.of(Instr.refNull(ValType.EXTERNREF)))));
        // Form 4 (implicit table 0) would make the segment funcref, so form 6 with table 0 is needed.
        byte[] expected = bytes(0x09, 0x0B, 0x01, 0x06, 0x00, 0x41, 0x00, 0x0B, 0x6F, 0x01, 0xD0, 0x6F, 0x0B);
        assertTrue(indexOf(WasmEncoder.encode(m), expected) >= 0);
        assertRoundTrips(m);
    }

    @Test
    void dataSegmentsAndDataCount() {
        Module m = new Module();
        m.memories().add(new MemoryType(new Limits(1, 2)));
        m.datas().add(new DataSegment(true, 0, List.of(Instr.i32(8)), new byte[] {1, 2}));
        m.datas().add(new DataSegment(false, 0, null, new byte[] {3}));
        m.setDataCount(true);
        byte[] expected = concat(HEADER,
                bytes(0x05, 0x04, 0x01, 0x01, 0x01, 0x02), // memory: min 1 max 2
                bytes(0x0C, 0x01, 0x02), // data count: 2
                bytes(0x0B, 0x0B, 0x02, 0x00, 0x41, 0x08, 0x0B, 0x02, 0x01, 0x02, 0x01, 0x01, 0x03));
        assertArrayEquals(expected, WasmEncoder.encode(m));
        assertRoundTrips(m);
    }

    @Test
    void customSectionsGoWhereTheySayOrAtTheEnd() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(), List.of()));
        m.customSections().add(new CustomSection("last", new byte[] {9}, -1));
        m.customSections().add(new CustomSection("first", new byte[] {7}, 0));
        m.customSections().add(new CustomSection("afterTypes", new byte[] {8}, 1));
        byte[] expected = concat(HEADER,
                bytes(0x00, 0x07, 0x05, 'f', 'i', 'r', 's', 't', 0x07),
                bytes(0x01, 0x04, 0x01, 0x60, 0x00, 0x00),
                bytes(0x00, 0x0C, 0x0A, 'a', 'f', 't', 'e', 'r', 'T', 'y', 'p', 'e', 's', 0x08),
                bytes(0x00, 0x06, 0x04, 'l', 'a', 's', 't', 0x09));
        assertArrayEquals(expected, WasmEncoder.encode(m));
    }

    @Test
    void parsedCustomSectionsKeepOrderPlaceAndDuplicates() {
        byte[] module = concat(HEADER,
                bytes(0x00, 0x03, 0x01, 'a', 0x01),
                bytes(0x01, 0x04, 0x01, 0x60, 0x00, 0x00),
                bytes(0x00, 0x03, 0x01, 'a', 0x02),
                bytes(0x02, 0x01, 0x00), // an empty import section marks no place: it is not encoded again
                bytes(0x00, 0x03, 0x01, 'b', 0x03));
        Module parsed = WasmParser.parse(module);
        assertEquals(List.of("a@0", "a@1", "b@1"), parsed.customSections().stream()
                .map(c -> c.name() + "@" + c.afterSectionId()).toList());
        byte[] withoutEmptyImports = concat(HEADER,
                bytes(0x00, 0x03, 0x01, 'a', 0x01),
                bytes(0x01, 0x04, 0x01, 0x60, 0x00, 0x00),
                bytes(0x00, 0x03, 0x01, 'a', 0x02),
                bytes(0x00, 0x03, 0x01, 'b', 0x03));
        assertArrayEquals(withoutEmptyImports, WasmEncoder.encode(parsed));
    }

    @Test
    void customSectionAfterAnUnknownSectionIsRejected() {
        Module m = new Module();
        m.customSections().add(new CustomSection("x", new byte[0], 13));
        assertThrows(IllegalArgumentException.class, () -> WasmEncoder.encode(m));
    }

    @Test
    void nameSectionIsRegeneratedFromFunctionNames() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(), List.of()));
        m.imports().add(Import.function("env", "g", 0));
        Function f = new Function(0, List.of(), List.of(Instr.of(Op.END)));
        f.setName("main");
        m.functions().add(f);
        m.functions().add(new Function(0, List.of(), List.of(Instr.of(Op.END))));
        byte[] encoded = WasmEncoder.encode(m);
        // "name", subsection 1 (function names) of 7 bytes: one entry, index 1 (after the import), "main".
        byte[] nameSection = bytes(0x00, 0x0E, 0x04, 'n', 'a', 'm', 'e', 0x01, 0x07, 0x01, 0x01, 0x04,
                'm', 'a', 'i', 'n');
        assertArrayEquals(nameSection, java.util.Arrays.copyOfRange(encoded, encoded.length - nameSection.length,
                encoded.length));
        Module reparsed = WasmParser.parse(encoded);
        assertEquals("main", reparsed.functions().get(0).name());
        assertNull(reparsed.functions().get(1).name());
    }

    @Test
    void verbatimNameSectionReplacesTheRegeneratedOne() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(), List.of()));
        Function f = new Function(0, List.of(), List.of(Instr.of(Op.END)));
        f.setName("ignored");
        m.functions().add(f);
        byte[] names = bytes(0x01, 0x04, 0x01, 0x00, 0x01, 'k');
        m.customSections().add(new CustomSection("name", names, -1));
        assertEquals("k", WasmParser.parse(WasmEncoder.encode(m)).functions().get(0).name());
    }

    @Test
    void everyInstructionFormRoundTrips() {
        Module m = new Module();
        m.types().add(new FuncType(List.of(), List.of()));
        m.types().add(new FuncType(List.of(ValType.I32), List.of(ValType.I32)));
        m.tables().add(new TableType(ValType.FUNCREF, new Limits(1, Limits.NO_MAX)));
        m.memories().add(new MemoryType(new Limits(1, Limits.NO_MAX)));
        m.globals().add(new io.jfvm.compiler.ir.Global(new io.jfvm.compiler.ir.GlobalType(ValType.I32, true),
                List.of(Instr.i32(0))));
        m.datas().add(new DataSegment(false, 0, null, new byte[] {1}));
        m.elements().add(new ElementSegment(ElementSegment.Mode.DECLARATIVE, ValType.FUNCREF, 0, null,
                List.of(List.of(Instr.indexed(Op.REF_FUNC, 0)))));
        m.setDataCount(true);
        List<Instr> body = new ArrayList<>(List.of(
                Instr.block(Op.BLOCK, BlockType.EMPTY),
                Instr.block(Op.LOOP, BlockType.EMPTY),
                Instr.i32(0),
                Instr.brTable(new int[] {0, 1}, 1),
                Instr.of(Op.END),
                Instr.of(Op.END),
                Instr.i32(5),
                Instr.block(Op.BLOCK, 1),
                Instr.of(Op.END),
                Instr.of(Op.DROP),
                Instr.i32(0),
                Instr.block(Op.IF, BlockType.EMPTY),
                Instr.of(Op.NOP),
                Instr.of(Op.ELSE),
                Instr.of(Op.NOP),
                Instr.of(Op.END),
                Instr.i32(0),
                Instr.callIndirect(0, 0),
                Instr.indexed(Op.REF_FUNC, 0),
                Instr.of(Op.DROP),
                Instr.i32(Integer.MIN_VALUE),
                Instr.memory(Op.I32_LOAD, 2, 0xFFFF_FFFFL),
                Instr.indexed(Op.GLOBAL_SET, 0),
                Instr.i32(0), Instr.i32(0), Instr.i32(1),
                Instr.indexed(Op.MEMORY_INIT, 0, 0),
                Instr.indexed(Op.DATA_DROP, 0),
                Instr.i32(0), Instr.i32(0), Instr.i32(0),
                Instr.indexed(Op.MEMORY_COPY, 0, 0),
                Instr.i32(0), Instr.i32(0), Instr.i32(0),
                Instr.indexed(Op.MEMORY_FILL, 0),
                Instr.indexed(Op.MEMORY_SIZE, 0),
                Instr.indexed(Op.MEMORY_GROW, 0),
                Instr.of(Op.DROP),
                Instr.i64(Long.MIN_VALUE), Instr.of(Op.DROP),
                Instr.f32Bits(0x7FC0_0001), Instr.of(Op.DROP),
                Instr.f64Bits(0xFFF8_0000_0000_0001L), Instr.of(Op.DROP),
                Instr.refNull(ValType.FUNCREF), Instr.refNull(ValType.FUNCREF), Instr.i32(1),
                Instr.selectTyped(List.of(ValType.FUNCREF)),
                Instr.of(Op.DROP),
                Instr.indexed(Op.TABLE_SIZE, 0), Instr.of(Op.DROP),
                Instr.i32(0), Instr.i32(0), Instr.i32(0),
                Instr.indexed(Op.TABLE_COPY, 0, 0),
                Instr.f32Bits(0), Instr.of(Op.I32_TRUNC_SAT_F32_S), Instr.of(Op.DROP),
                Instr.of(Op.END)));
        m.functions().add(new Function(0, List.of(), body));
        assertRoundTrips(m);
    }

    private static void assertRoundTrips(Module m) {
        byte[] encoded = WasmEncoder.encode(m);
        Module reparsed = WasmParser.parse(encoded);
        assertNull(ModuleComparison.firstDifference(m, reparsed));
        assertArrayEquals(encoded, WasmEncoder.encode(reparsed));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
