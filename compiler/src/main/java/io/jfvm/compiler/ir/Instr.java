package io.jfvm.compiler.ir;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One instruction of a function body or constant expression. Immutable; passes build new instruction lists.
 *
 * <p>The fields {@code a}, {@code b} and {@code value} are interpreted according to {@link Op#immediate}; use the
 * named accessors. Block types are held as the binary format's signed 33-bit value: a type index when
 * non-negative, {@link BlockType#EMPTY} or a value type's code as a negative number otherwise.
 */
public final class Instr {
    private static final Instr[] SIMPLE = new Instr[Op.values().length];

    static {
        for (Op op : Op.values()) {
            if (op.immediate == Op.Immediate.NONE) {
                SIMPLE[op.ordinal()] = new Instr(op, 0, 0, 0, null);
            }
        }
    }

    public final Op op;
    private final int a;
    private final int b;
    private final long value;
    private final int[] list;

    private Instr(Op op, int a, int b, long value, int[] list) {
        this.op = Objects.requireNonNull(op);
        this.a = a;
        this.b = b;
        this.value = value;
        this.list = list;
    }

    /** An instruction without immediates. */
    public static Instr of(Op op) {
        Instr i = SIMPLE[op.ordinal()];
        if (i == null) {
            throw new IllegalArgumentException(op + " needs immediates");
        }
        return i;
    }

    public static Instr block(Op op, int blockType) {
        check(op, Op.Immediate.BLOCK);
        return new Instr(op, blockType, 0, 0, null);
    }

    /** {@code br} or {@code br_if} to a label {@code depth} levels out. */
    public static Instr branch(Op op, int depth) {
        check(op, Op.Immediate.LABEL);
        return new Instr(op, depth, 0, 0, null);
    }

    public static Instr brTable(int[] targets, int defaultTarget) {
        return new Instr(Op.BR_TABLE, defaultTarget, 0, 0, targets.clone());
    }

    public static Instr callIndirect(int typeIndex, int tableIndex) {
        return new Instr(Op.CALL_INDIRECT, typeIndex, tableIndex, 0, null);
    }

    /** An instruction with one index immediate: function, local, global, table, memory, data or element. */
    public static Instr indexed(Op op, int index) {
        switch (op.immediate) {
            case FUNC, LOCAL, GLOBAL, TABLE, MEMORY, DATA, ELEM -> { }
            default -> throw new IllegalArgumentException(op + " does not take one index");
        }
        return new Instr(op, index, 0, 0, null);
    }

    /**
     * An instruction with two index immediates, in binary order: {@code memory.init} (data, memory),
     * {@code memory.copy} (destination, source), {@code table.init} (element, table), {@code table.copy}
     * (destination, source).
     */
    public static Instr indexed(Op op, int first, int second) {
        switch (op.immediate) {
            case DATA_MEMORY, MEMORY_MEMORY, ELEM_TABLE, TABLE_TABLE -> { }
            default -> throw new IllegalArgumentException(op + " does not take two indices");
        }
        return new Instr(op, first, second, 0, null);
    }

    /** A load or store; {@code align} is the log2 alignment hint, {@code offset} an unsigned 32-bit offset. */
    public static Instr memory(Op op, int align, long offset) {
        check(op, Op.Immediate.MEMARG);
        return new Instr(op, align, 0, offset, null);
    }

    public static Instr i32(int v) {
        return new Instr(Op.I32_CONST, 0, 0, v, null);
    }

    public static Instr i64(long v) {
        return new Instr(Op.I64_CONST, 0, 0, v, null);
    }

    public static Instr f32Bits(int bits) {
        return new Instr(Op.F32_CONST, 0, 0, bits, null);
    }

    public static Instr f64Bits(long bits) {
        return new Instr(Op.F64_CONST, 0, 0, bits, null);
    }

    public static Instr refNull(ValType type) {
        return new Instr(Op.REF_NULL, type.code, 0, 0, null);
    }

    public static Instr selectTyped(List<ValType> types) {
        return new Instr(Op.SELECT_T, 0, 0, 0, types.stream().mapToInt(t -> t.code).toArray());
    }

    private static void check(Op op, Op.Immediate expected) {
        if (op.immediate != expected) {
            throw new IllegalArgumentException(op + " does not take a " + expected + " immediate");
        }
    }

    /** Block type of {@code block}, {@code loop} or {@code if}, as a signed 33-bit value. */
    public int blockType() {
        return a;
    }

    /** Label depth of {@code br} / {@code br_if}; default label of {@code br_table}. */
    public int depth() {
        return a;
    }

    public int targetCount() {
        return list.length;
    }

    public int target(int i) {
        return list[i];
    }

    /**
     * The index immediate: function ({@code call}, {@code ref.func}), local, global, table, memory, data or
     * element index; the first index of two-index instructions; the type index of {@code call_indirect}.
     */
    public int index() {
        return a;
    }

    /** The second index of two-index instructions; the table index of {@code call_indirect}. */
    public int secondIndex() {
        return b;
    }

    public int align() {
        return a;
    }

    /** Memory offset of a load or store (unsigned 32-bit, held in a long). */
    public long offset() {
        return value;
    }

    public int i32() {
        return (int) value;
    }

    public long i64() {
        return value;
    }

    public int f32Bits() {
        return (int) value;
    }

    public long f64Bits() {
        return value;
    }

    public ValType refType() {
        return ValType.fromCode(a);
    }

    /** The explicit operand types of a typed {@code select}. */
    public List<ValType> selectTypes() {
        return Arrays.stream(list).mapToObj(ValType::fromCode).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instr other && op == other.op && a == other.a && b == other.b && value == other.value
                && Arrays.equals(list, other.list);
    }

    @Override
    public int hashCode() {
        return ((op.hashCode() * 31 + a) * 31 + b) * 31 + Long.hashCode(value) + Arrays.hashCode(list);
    }

    @Override
    public String toString() {
        return switch (op.immediate) {
            case NONE -> op.text;
            case BLOCK -> op.text + " " + BlockType.describe(a);
            case LABEL, FUNC, LOCAL, GLOBAL, TABLE, MEMORY, DATA, ELEM, REF_TYPE -> op.text + " " + a;
            case LABEL_TABLE -> op.text + " " + Arrays.toString(list) + " " + a;
            case CALL_INDIRECT -> op.text + " (type " + a + ") (table " + b + ")";
            case MEMARG -> op.text + " offset=" + value + " align=" + (1 << a);
            case I32 -> op.text + " " + (int) value;
            case I64 -> op.text + " " + value;
            case F32 -> op.text + " " + Float.intBitsToFloat((int) value);
            case F64 -> op.text + " " + Double.longBitsToDouble(value);
            case SELECT_TYPES -> op.text + " " + selectTypes();
            case DATA_MEMORY, MEMORY_MEMORY, ELEM_TABLE, TABLE_TABLE -> op.text + " " + a + " " + b;
        };
    }
}
