package io.jfvm.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import io.jfvm.compiler.ir.Op;
import java.util.EnumMap;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;

/**
 * Lowers the numeric instructions (fixed signature, no immediates) to a JVM opcode or a call of an
 * {@link io.jfvm.compiler.rt.Ops} helper. In FVM mode the results of float arithmetic are canonicalised: every
 * NaN becomes the canonical NaN, as the FVM's engine configuration requires.
 */
final class NumericLowering {
    private static final String OPS = "io/jfvm/compiler/rt/Ops";

    /** Either a JVM opcode, or a helper method with its descriptor. */
    private record Lowering(int opcode, String helper, String descriptor, boolean floatResult) {}

    private static final Map<Op, Lowering> TABLE = new EnumMap<>(Op.class);

    private static void insn(Op op, int opcode) {
        TABLE.put(op, new Lowering(opcode, null, null, false));
    }

    private static void insnFloat(Op op, int opcode) {
        TABLE.put(op, new Lowering(opcode, null, null, true));
    }

    private static void helper(Op op, String name, String descriptor) {
        TABLE.put(op, new Lowering(-1, name, descriptor, false));
    }

    private static void helperFloat(Op op, String name, String descriptor) {
        TABLE.put(op, new Lowering(-1, name, descriptor, true));
    }

    static {
        helper(Op.I32_EQZ, "eqz", "(I)I");
        helper(Op.I32_EQ, "eq", "(II)I");
        helper(Op.I32_NE, "ne", "(II)I");
        helper(Op.I32_LT_S, "ltS", "(II)I");
        helper(Op.I32_LT_U, "ltU", "(II)I");
        helper(Op.I32_GT_S, "gtS", "(II)I");
        helper(Op.I32_GT_U, "gtU", "(II)I");
        helper(Op.I32_LE_S, "leS", "(II)I");
        helper(Op.I32_LE_U, "leU", "(II)I");
        helper(Op.I32_GE_S, "geS", "(II)I");
        helper(Op.I32_GE_U, "geU", "(II)I");
        helper(Op.I64_EQZ, "eqz", "(J)I");
        helper(Op.I64_EQ, "eq", "(JJ)I");
        helper(Op.I64_NE, "ne", "(JJ)I");
        helper(Op.I64_LT_S, "ltS", "(JJ)I");
        helper(Op.I64_LT_U, "ltU", "(JJ)I");
        helper(Op.I64_GT_S, "gtS", "(JJ)I");
        helper(Op.I64_GT_U, "gtU", "(JJ)I");
        helper(Op.I64_LE_S, "leS", "(JJ)I");
        helper(Op.I64_LE_U, "leU", "(JJ)I");
        helper(Op.I64_GE_S, "geS", "(JJ)I");
        helper(Op.I64_GE_U, "geU", "(JJ)I");
        helper(Op.F32_EQ, "eq", "(FF)I");
        helper(Op.F32_NE, "ne", "(FF)I");
        helper(Op.F32_LT, "lt", "(FF)I");
        helper(Op.F32_GT, "gt", "(FF)I");
        helper(Op.F32_LE, "le", "(FF)I");
        helper(Op.F32_GE, "ge", "(FF)I");
        helper(Op.F64_EQ, "eq", "(DD)I");
        helper(Op.F64_NE, "ne", "(DD)I");
        helper(Op.F64_LT, "lt", "(DD)I");
        helper(Op.F64_GT, "gt", "(DD)I");
        helper(Op.F64_LE, "le", "(DD)I");
        helper(Op.F64_GE, "ge", "(DD)I");

        helper(Op.I32_CLZ, "clz", "(I)I");
        helper(Op.I32_CTZ, "ctz", "(I)I");
        helper(Op.I32_POPCNT, "popcnt", "(I)I");
        insn(Op.I32_ADD, IADD);
        insn(Op.I32_SUB, ISUB);
        insn(Op.I32_MUL, IMUL);
        helper(Op.I32_DIV_S, "divS", "(II)I");
        helper(Op.I32_DIV_U, "divU", "(II)I");
        helper(Op.I32_REM_S, "remS", "(II)I");
        helper(Op.I32_REM_U, "remU", "(II)I");
        insn(Op.I32_AND, IAND);
        insn(Op.I32_OR, IOR);
        insn(Op.I32_XOR, IXOR);
        insn(Op.I32_SHL, ISHL);
        insn(Op.I32_SHR_S, ISHR);
        insn(Op.I32_SHR_U, IUSHR);
        helper(Op.I32_ROTL, "rotl", "(II)I");
        helper(Op.I32_ROTR, "rotr", "(II)I");

        helper(Op.I64_CLZ, "clz", "(J)J");
        helper(Op.I64_CTZ, "ctz", "(J)J");
        helper(Op.I64_POPCNT, "popcnt", "(J)J");
        insn(Op.I64_ADD, LADD);
        insn(Op.I64_SUB, LSUB);
        insn(Op.I64_MUL, LMUL);
        helper(Op.I64_DIV_S, "divS", "(JJ)J");
        helper(Op.I64_DIV_U, "divU", "(JJ)J");
        helper(Op.I64_REM_S, "remS", "(JJ)J");
        helper(Op.I64_REM_U, "remU", "(JJ)J");
        insn(Op.I64_AND, LAND);
        insn(Op.I64_OR, LOR);
        insn(Op.I64_XOR, LXOR);
        helper(Op.I64_SHL, "shl", "(JJ)J");
        helper(Op.I64_SHR_S, "shrS", "(JJ)J");
        helper(Op.I64_SHR_U, "shrU", "(JJ)J");
        helper(Op.I64_ROTL, "rotl", "(JJ)J");
        helper(Op.I64_ROTR, "rotr", "(JJ)J");

        helper(Op.F32_ABS, "abs", "(F)F");
        helper(Op.F32_NEG, "neg", "(F)F");
        helperFloat(Op.F32_CEIL, "ceil", "(F)F");
        helperFloat(Op.F32_FLOOR, "floor", "(F)F");
        helperFloat(Op.F32_TRUNC, "trunc", "(F)F");
        helperFloat(Op.F32_NEAREST, "nearest", "(F)F");
        helperFloat(Op.F32_SQRT, "sqrt", "(F)F");
        insnFloat(Op.F32_ADD, FADD);
        insnFloat(Op.F32_SUB, FSUB);
        insnFloat(Op.F32_MUL, FMUL);
        insnFloat(Op.F32_DIV, FDIV);
        helperFloat(Op.F32_MIN, "min", "(FF)F");
        helperFloat(Op.F32_MAX, "max", "(FF)F");
        helper(Op.F32_COPYSIGN, "copysign", "(FF)F");
        helper(Op.F64_ABS, "abs", "(D)D");
        helper(Op.F64_NEG, "neg", "(D)D");
        helperFloat(Op.F64_CEIL, "ceil", "(D)D");
        helperFloat(Op.F64_FLOOR, "floor", "(D)D");
        helperFloat(Op.F64_TRUNC, "trunc", "(D)D");
        helperFloat(Op.F64_NEAREST, "nearest", "(D)D");
        helperFloat(Op.F64_SQRT, "sqrt", "(D)D");
        insnFloat(Op.F64_ADD, DADD);
        insnFloat(Op.F64_SUB, DSUB);
        insnFloat(Op.F64_MUL, DMUL);
        insnFloat(Op.F64_DIV, DDIV);
        helperFloat(Op.F64_MIN, "min", "(DD)D");
        helperFloat(Op.F64_MAX, "max", "(DD)D");
        helper(Op.F64_COPYSIGN, "copysign", "(DD)D");

        insn(Op.I32_WRAP_I64, L2I);
        helper(Op.I32_TRUNC_F32_S, "truncS32", "(F)I");
        helper(Op.I32_TRUNC_F32_U, "truncU32", "(F)I");
        helper(Op.I32_TRUNC_F64_S, "truncS32", "(D)I");
        helper(Op.I32_TRUNC_F64_U, "truncU32", "(D)I");
        insn(Op.I64_EXTEND_I32_S, I2L);
        helper(Op.I64_EXTEND_I32_U, "extendU", "(I)J");
        helper(Op.I64_TRUNC_F32_S, "truncS64", "(F)J");
        helper(Op.I64_TRUNC_F32_U, "truncU64", "(F)J");
        helper(Op.I64_TRUNC_F64_S, "truncS64", "(D)J");
        helper(Op.I64_TRUNC_F64_U, "truncU64", "(D)J");
        insn(Op.F32_CONVERT_I32_S, I2F);
        helper(Op.F32_CONVERT_I32_U, "convertU32ToF32", "(I)F");
        insn(Op.F32_CONVERT_I64_S, L2F);
        helper(Op.F32_CONVERT_I64_U, "convertU64ToF32", "(J)F");
        insnFloat(Op.F32_DEMOTE_F64, D2F);
        insn(Op.F64_CONVERT_I32_S, I2D);
        helper(Op.F64_CONVERT_I32_U, "convertU32ToF64", "(I)D");
        insn(Op.F64_CONVERT_I64_S, L2D);
        helper(Op.F64_CONVERT_I64_U, "convertU64ToF64", "(J)D");
        insnFloat(Op.F64_PROMOTE_F32, F2D);
        helper(Op.I32_REINTERPRET_F32, "reinterpret", "(F)I");
        helper(Op.I64_REINTERPRET_F64, "reinterpret", "(D)J");
        helper(Op.F32_REINTERPRET_I32, "reinterpretF32", "(I)F");
        helper(Op.F64_REINTERPRET_I64, "reinterpretF64", "(J)D");
        helper(Op.I32_EXTEND8_S, "extend8", "(I)I");
        helper(Op.I32_EXTEND16_S, "extend16", "(I)I");
        helper(Op.I64_EXTEND8_S, "extend8", "(J)J");
        helper(Op.I64_EXTEND16_S, "extend16", "(J)J");
        helper(Op.I64_EXTEND32_S, "extend32", "(J)J");

        // Saturating conversions: the JVM's own float-to-int casts saturate and map NaN to 0, as wasm wants.
        insn(Op.I32_TRUNC_SAT_F32_S, F2I);
        helper(Op.I32_TRUNC_SAT_F32_U, "truncSatU32", "(F)I");
        insn(Op.I32_TRUNC_SAT_F64_S, D2I);
        helper(Op.I32_TRUNC_SAT_F64_U, "truncSatU32", "(D)I");
        insn(Op.I64_TRUNC_SAT_F32_S, F2L);
        helper(Op.I64_TRUNC_SAT_F32_U, "truncSatU64", "(F)J");
        insn(Op.I64_TRUNC_SAT_F64_S, D2L);
        helper(Op.I64_TRUNC_SAT_F64_U, "truncSatU64", "(D)J");
    }

    private NumericLowering() {}

    static void emit(Op op, MethodVisitor mv, boolean canonicalizeNaN) {
        Lowering l = TABLE.get(op);
        if (l == null) {
            throw new IllegalStateException("no lowering for " + op.text);
        }
        if (l.helper != null) {
            mv.visitMethodInsn(INVOKESTATIC, OPS, l.helper, l.descriptor, false);
        } else {
            mv.visitInsn(l.opcode);
        }
        if (canonicalizeNaN && l.floatResult) {
            String d = op.pushes().get(0) == io.jfvm.compiler.ir.ValType.F32 ? "(F)F" : "(D)D";
            mv.visitMethodInsn(INVOKESTATIC, OPS, "canonicalize", d, false);
        }
    }
}
