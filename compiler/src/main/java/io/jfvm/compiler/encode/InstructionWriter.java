package io.jfvm.compiler.encode;

import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.ValType;
import java.util.List;

/** Writes instructions in the binary format: opcode (with its 0xFC prefix if any), then the immediates. */
final class InstructionWriter {
    private InstructionWriter() {}

    /** Writes {@code instrs} as they are: a function body must already end with its {@code end}. */
    static void writeAll(ByteWriter out, List<Instr> instrs) {
        for (Instr i : instrs) {
            write(out, i);
        }
    }

    /** Writes a constant expression, which the IR holds without its terminating {@code end}. */
    static void writeConstExpr(ByteWriter out, List<Instr> expr) {
        writeAll(out, expr);
        out.writeByte(Op.END.code);
    }

    static void write(ByteWriter out, Instr i) {
        Op op = i.op;
        if (op.prefix != 0) {
            out.writeByte(op.prefix);
            out.writeU32(op.code, "sub-opcode");
        } else {
            out.writeByte(op.code);
        }
        switch (op.immediate) {
            case NONE -> { }
            case BLOCK -> out.writeSigned(i.blockType());
            case LABEL -> out.writeU32(Integer.toUnsignedLong(i.depth()), "label depth");
            case LABEL_TABLE -> {
                out.writeU32(i.targetCount(), "br_table length");
                for (int k = 0; k < i.targetCount(); k++) {
                    out.writeU32(Integer.toUnsignedLong(i.target(k)), "label depth");
                }
                out.writeU32(Integer.toUnsignedLong(i.depth()), "label depth");
            }
            case CALL_INDIRECT -> {
                out.writeU32(Integer.toUnsignedLong(i.index()), "type index");
                out.writeU32(Integer.toUnsignedLong(i.secondIndex()), "table index");
            }
            case FUNC, LOCAL, GLOBAL, TABLE, MEMORY, DATA, ELEM ->
                    out.writeU32(Integer.toUnsignedLong(i.index()), op.text + " index");
            case DATA_MEMORY, MEMORY_MEMORY, ELEM_TABLE, TABLE_TABLE -> {
                out.writeU32(Integer.toUnsignedLong(i.index()), "index");
                out.writeU32(Integer.toUnsignedLong(i.secondIndex()), "index");
            }
            case MEMARG -> {
                out.writeU32(Integer.toUnsignedLong(i.align()), "alignment");
                out.writeU32(i.offset(), "memory offset");
            }
            case I32 -> out.writeSigned(i.i32());
            case I64 -> out.writeSigned(i.i64());
            case F32 -> out.writeFixed32(i.f32Bits());
            case F64 -> out.writeFixed64(i.f64Bits());
            case REF_TYPE -> out.writeByte(i.refType().code);
            case SELECT_TYPES -> {
                List<ValType> types = i.selectTypes();
                out.writeU32(types.size(), "select type count");
                for (ValType t : types) {
                    out.writeByte(t.code);
                }
            }
        }
    }
}
