package io.jfvm.gas.testing;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a binary module into jfvm's IR without validating it. Test scope only: fvm-wasm-instrument's unit tests
 * feed modules that are not valid on their own (for example {@code global.get 0} with no global) and compare
 * instruction lists, so the compiler's validating parser cannot read them. Covers the subset of the binary format
 * the fixtures use (MVP sections, bulk-memory instructions, element segment flags 0 and data flags 0/1).
 */
public final class LenientWasmReader {
    private final byte[] b;
    private int pos;

    private LenientWasmReader(byte[] bytes) {
        this.b = bytes;
    }

    public static Module read(byte[] bytes) {
        return new LenientWasmReader(bytes).module();
    }

    private Module module() {
        Module m = new Module();
        pos = 8;
        List<Integer> funcTypes = new ArrayList<>();
        while (pos < b.length) {
            int id = b[pos++] & 0xFF;
            int size = (int) u32();
            int end = pos + size;
            switch (id) {
                case 1 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        expect(0x60);
                        List<ValType> params = valTypes();
                        m.types().add(new FuncType(params, valTypes()));
                    }
                }
                case 2 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        String mod = name();
                        String nm = name();
                        int kind = b[pos++];
                        m.imports().add(switch (kind) {
                            case 0 -> Import.function(mod, nm, (int) u32());
                            case 1 -> Import.table(mod, nm, tableType());
                            case 2 -> Import.memory(mod, nm, new MemoryType(limits()));
                            case 3 -> Import.global(mod, nm, globalType());
                            default -> throw new IllegalArgumentException("import kind " + kind);
                        });
                    }
                }
                case 3 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        funcTypes.add((int) u32());
                    }
                }
                case 4 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        m.tables().add(tableType());
                    }
                }
                case 5 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        m.memories().add(new MemoryType(limits()));
                    }
                }
                case 6 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        GlobalType t = globalType();
                        m.globals().add(new Global(t, constExpr(end)));
                    }
                }
                case 7 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        String nm = name();
                        ExternKind k = ExternKind.fromCode(b[pos++]);
                        m.exports().add(new Export(nm, k, (int) u32()));
                    }
                }
                case 8 -> m.setStart((int) u32());
                case 9 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        long flags = u32();
                        if (flags != 0) {
                            throw new IllegalArgumentException("element segment flags " + flags + " not supported");
                        }
                        List<Instr> offset = constExpr(end);
                        long count = u32();
                        List<List<Instr>> items = new ArrayList<>();
                        for (int k = 0; k < count; k++) {
                            items.add(List.of(Instr.indexed(Op.REF_FUNC, (int) u32())));
                        }
                        m.elements().add(new ElementSegment(ElementSegment.Mode.ACTIVE, ValType.FUNCREF, 0, offset,
                                items));
                    }
                }
                case 10 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        int bodySize = (int) u32();
                        int bodyEnd = pos + bodySize;
                        List<ValType> locals = new ArrayList<>();
                        long groups = u32();
                        for (int g = 0; g < groups; g++) {
                            long c = u32();
                            ValType t = ValType.fromCode(b[pos++] & 0xFF);
                            for (int k = 0; k < c; k++) {
                                locals.add(t);
                            }
                        }
                        List<Instr> body = new ArrayList<>();
                        while (pos < bodyEnd) {
                            body.add(instr());
                        }
                        m.functions().add(new Function(funcTypes.get(i), locals, body));
                    }
                }
                case 11 -> {
                    long n = u32();
                    for (int i = 0; i < n; i++) {
                        long flags = u32();
                        List<Instr> offset = flags == 0 ? constExpr(end) : List.of();
                        int len = (int) u32();
                        byte[] data = java.util.Arrays.copyOfRange(b, pos, pos + len);
                        pos += len;
                        m.datas().add(new DataSegment(flags == 0, 0, offset, data));
                    }
                }
                case 12 -> {
                    u32();
                    m.setDataCount(true);
                }
                default -> pos = end; // custom sections
            }
            pos = end;
        }
        return m;
    }

    private Instr instr() {
        int code = b[pos++] & 0xFF;
        Op op = code == 0xFC ? Op.extended((int) u32()) : Op.single(code);
        if (op == null) {
            throw new IllegalArgumentException("unknown opcode 0x" + Integer.toHexString(code) + " at " + (pos - 1));
        }
        return switch (op.immediate) {
            case NONE -> Instr.of(op);
            case BLOCK -> Instr.block(op, (int) s33());
            case LABEL -> Instr.branch(op, (int) u32());
            case LABEL_TABLE -> {
                int n = (int) u32();
                int[] t = new int[n];
                for (int i = 0; i < n; i++) {
                    t[i] = (int) u32();
                }
                yield Instr.brTable(t, (int) u32());
            }
            case CALL_INDIRECT -> {
                int type = (int) u32();
                yield Instr.callIndirect(type, (int) u32());
            }
            case FUNC, LOCAL, GLOBAL, TABLE, DATA, ELEM -> Instr.indexed(op, (int) u32());
            case MEMORY -> {
                pos++; // reserved memory index byte
                yield Instr.indexed(op, 0);
            }
            case DATA_MEMORY -> {
                int data = (int) u32();
                pos++;
                yield Instr.indexed(op, data, 0);
            }
            case MEMORY_MEMORY -> {
                pos += 2;
                yield Instr.indexed(op, 0, 0);
            }
            case ELEM_TABLE, TABLE_TABLE -> {
                int first = (int) u32();
                yield Instr.indexed(op, first, (int) u32());
            }
            case MEMARG -> {
                int align = (int) u32();
                yield Instr.memory(op, align, u32());
            }
            case I32 -> Instr.i32((int) s64());
            case I64 -> Instr.i64(s64());
            case F32 -> {
                int bits = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8 | (b[pos + 2] & 0xFF) << 16 | (b[pos + 3] & 0xFF) << 24;
                pos += 4;
                yield Instr.f32Bits(bits);
            }
            case F64 -> {
                long bits = 0;
                for (int i = 0; i < 8; i++) {
                    bits |= (long) (b[pos + i] & 0xFF) << (8 * i);
                }
                pos += 8;
                yield Instr.f64Bits(bits);
            }
            case REF_TYPE -> Instr.refNull(ValType.fromCode(b[pos++] & 0xFF));
            case SELECT_TYPES -> {
                int n = (int) u32();
                List<ValType> ts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ts.add(ValType.fromCode(b[pos++] & 0xFF));
                }
                yield Instr.selectTyped(ts);
            }
        };
    }

    private List<Instr> constExpr(int limit) {
        List<Instr> out = new ArrayList<>();
        while (pos < limit) {
            Instr i = instr();
            if (i.op == Op.END) {
                return out;
            }
            out.add(i);
        }
        throw new IllegalArgumentException("unterminated constant expression");
    }

    private TableType tableType() {
        ValType t = ValType.fromCode(b[pos++] & 0xFF);
        return new TableType(t, limits());
    }

    private GlobalType globalType() {
        ValType t = ValType.fromCode(b[pos++] & 0xFF);
        return new GlobalType(t, b[pos++] == 1);
    }

    private Limits limits() {
        int flag = b[pos++];
        long min = u32();
        return new Limits(min, (flag & 1) != 0 ? u32() : Limits.NO_MAX);
    }

    private List<ValType> valTypes() {
        long n = u32();
        List<ValType> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ValType.fromCode(b[pos++] & 0xFF));
        }
        return out;
    }

    private String name() {
        int n = (int) u32();
        String s = new String(b, pos, n, java.nio.charset.StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    private void expect(int v) {
        if ((b[pos++] & 0xFF) != v) {
            throw new IllegalArgumentException("expected 0x" + Integer.toHexString(v) + " at " + (pos - 1));
        }
    }

    private long u32() {
        long r = 0;
        int shift = 0;
        int x;
        do {
            x = b[pos++] & 0xFF;
            r |= (long) (x & 0x7F) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        return r;
    }

    private long s64() {
        long r = 0;
        int shift = 0;
        int x;
        do {
            x = b[pos++] & 0xFF;
            r |= (long) (x & 0x7F) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        if (shift < 64 && (x & 0x40) != 0) {
            r |= -1L << shift;
        }
        return r;
    }

    private long s33() {
        return s64();
    }
}
