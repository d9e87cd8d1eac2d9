package io.jfvm.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Every non-SIMD WebAssembly 2.0 instruction: its text name, binary encoding ({@code prefix} is 0 for
 * single-byte opcodes, 0xFC for the extended ones), the kind of its immediate operands, and, where it is
 * fixed, its operand-stack signature.
 */
public enum Op {
    UNREACHABLE("unreachable", 0x00, 0x00, Immediate.NONE, null),
    NOP("nop", 0x00, 0x01, Immediate.NONE, ":"),
    BLOCK("block", 0x00, 0x02, Immediate.BLOCK, null),
    LOOP("loop", 0x00, 0x03, Immediate.BLOCK, null),
    IF("if", 0x00, 0x04, Immediate.BLOCK, null),
    ELSE("else", 0x00, 0x05, Immediate.NONE, null),
    END("end", 0x00, 0x0B, Immediate.NONE, null),
    BR("br", 0x00, 0x0C, Immediate.LABEL, null),
    BR_IF("br_if", 0x00, 0x0D, Immediate.LABEL, null),
    BR_TABLE("br_table", 0x00, 0x0E, Immediate.LABEL_TABLE, null),
    RETURN("return", 0x00, 0x0F, Immediate.NONE, null),
    CALL("call", 0x00, 0x10, Immediate.FUNC, null),
    CALL_INDIRECT("call_indirect", 0x00, 0x11, Immediate.CALL_INDIRECT, null),
    DROP("drop", 0x00, 0x1A, Immediate.NONE, null),
    SELECT("select", 0x00, 0x1B, Immediate.NONE, null),
    SELECT_T("select", 0x00, 0x1C, Immediate.SELECT_TYPES, null),
    LOCAL_GET("local.get", 0x00, 0x20, Immediate.LOCAL, null),
    LOCAL_SET("local.set", 0x00, 0x21, Immediate.LOCAL, null),
    LOCAL_TEE("local.tee", 0x00, 0x22, Immediate.LOCAL, null),
    GLOBAL_GET("global.get", 0x00, 0x23, Immediate.GLOBAL, null),
    GLOBAL_SET("global.set", 0x00, 0x24, Immediate.GLOBAL, null),
    TABLE_GET("table.get", 0x00, 0x25, Immediate.TABLE, null),
    TABLE_SET("table.set", 0x00, 0x26, Immediate.TABLE, null),
    I32_LOAD("i32.load", 0x00, 0x28, Immediate.MEMARG, "i:i"),
    I64_LOAD("i64.load", 0x00, 0x29, Immediate.MEMARG, "i:I"),
    F32_LOAD("f32.load", 0x00, 0x2A, Immediate.MEMARG, "i:f"),
    F64_LOAD("f64.load", 0x00, 0x2B, Immediate.MEMARG, "i:F"),
    I32_LOAD8_S("i32.load8_s", 0x00, 0x2C, Immediate.MEMARG, "i:i"),
    I32_LOAD8_U("i32.load8_u", 0x00, 0x2D, Immediate.MEMARG, "i:i"),
    I32_LOAD16_S("i32.load16_s", 0x00, 0x2E, Immediate.MEMARG, "i:i"),
    I32_LOAD16_U("i32.load16_u", 0x00, 0x2F, Immediate.MEMARG, "i:i"),
    I64_LOAD8_S("i64.load8_s", 0x00, 0x30, Immediate.MEMARG, "i:I"),
    I64_LOAD8_U("i64.load8_u", 0x00, 0x31, Immediate.MEMARG, "i:I"),
    I64_LOAD16_S("i64.load16_s", 0x00, 0x32, Immediate.MEMARG, "i:I"),
    I64_LOAD16_U("i64.load16_u", 0x00, 0x33, Immediate.MEMARG, "i:I"),
    I64_LOAD32_S("i64.load32_s", 0x00, 0x34, Immediate.MEMARG, "i:I"),
    I64_LOAD32_U("i64.load32_u", 0x00, 0x35, Immediate.MEMARG, "i:I"),
    I32_STORE("i32.store", 0x00, 0x36, Immediate.MEMARG, "ii:"),
    I64_STORE("i64.store", 0x00, 0x37, Immediate.MEMARG, "iI:"),
    F32_STORE("f32.store", 0x00, 0x38, Immediate.MEMARG, "if:"),
    F64_STORE("f64.store", 0x00, 0x39, Immediate.MEMARG, "iF:"),
    I32_STORE8("i32.store8", 0x00, 0x3A, Immediate.MEMARG, "ii:"),
    I32_STORE16("i32.store16", 0x00, 0x3B, Immediate.MEMARG, "ii:"),
    I64_STORE8("i64.store8", 0x00, 0x3C, Immediate.MEMARG, "iI:"),
    I64_STORE16("i64.store16", 0x00, 0x3D, Immediate.MEMARG, "iI:"),
    I64_STORE32("i64.store32", 0x00, 0x3E, Immediate.MEMARG, "iI:"),
    MEMORY_SIZE("memory.size", 0x00, 0x3F, Immediate.MEMORY, ":i"),
    MEMORY_GROW("memory.grow", 0x00, 0x40, Immediate.MEMORY, "i:i"),
    I32_CONST("i32.const", 0x00, 0x41, Immediate.I32, ":i"),
    I64_CONST("i64.const", 0x00, 0x42, Immediate.I64, ":I"),
    F32_CONST("f32.const", 0x00, 0x43, Immediate.F32, ":f"),
    F64_CONST("f64.const", 0x00, 0x44, Immediate.F64, ":F"),
    I32_EQZ("i32.eqz", 0x00, 0x45, Immediate.NONE, "i:i"),
    I32_EQ("i32.eq", 0x00, 0x46, Immediate.NONE, "ii:i"),
    I32_NE("i32.ne", 0x00, 0x47, Immediate.NONE, "ii:i"),
    I32_LT_S("i32.lt_s", 0x00, 0x48, Immediate.NONE, "ii:i"),
    I32_LT_U("i32.lt_u", 0x00, 0x49, Immediate.NONE, "ii:i"),
    I32_GT_S("i32.gt_s", 0x00, 0x4A, Immediate.NONE, "ii:i"),
    I32_GT_U("i32.gt_u", 0x00, 0x4B, Immediate.NONE, "ii:i"),
    I32_LE_S("i32.le_s", 0x00, 0x4C, Immediate.NONE, "ii:i"),
    I32_LE_U("i32.le_u", 0x00, 0x4D, Immediate.NONE, "ii:i"),
    I32_GE_S("i32.ge_s", 0x00, 0x4E, Immediate.NONE, "ii:i"),
    I32_GE_U("i32.ge_u", 0x00, 0x4F, Immediate.NONE, "ii:i"),
    I64_EQZ("i64.eqz", 0x00, 0x50, Immediate.NONE, "I:i"),
    I64_EQ("i64.eq", 0x00, 0x51, Immediate.NONE, "II:i"),
    I64_NE("i64.ne", 0x00, 0x52, Immediate.NONE, "II:i"),
    I64_LT_S("i64.lt_s", 0x00, 0x53, Immediate.NONE, "II:i"),
    I64_LT_U("i64.lt_u", 0x00, 0x54, Immediate.NONE, "II:i"),
    I64_GT_S("i64.gt_s", 0x00, 0x55, Immediate.NONE, "II:i"),
    I64_GT_U("i64.gt_u", 0x00, 0x56, Immediate.NONE, "II:i"),
    I64_LE_S("i64.le_s", 0x00, 0x57, Immediate.NONE, "II:i"),
    I64_LE_U("i64.le_u", 0x00, 0x58, Immediate.NONE, "II:i"),
    I64_GE_S("i64.ge_s", 0x00, 0x59, Immediate.NONE, "II:i"),
    I64_GE_U("i64.ge_u", 0x00, 0x5A, Immediate.NONE, "II:i"),
    F32_EQ("f32.eq", 0x00, 0x5B, Immediate.NONE, "ff:i"),
    F32_NE("f32.ne", 0x00, 0x5C, Immediate.NONE, "ff:i"),
    F32_LT("f32.lt", 0x00, 0x5D, Immediate.NONE, "ff:i"),
    F32_GT("f32.gt", 0x00, 0x5E, Immediate.NONE, "ff:i"),
    F32_LE("f32.le", 0x00, 0x5F, Immediate.NONE, "ff:i"),
    F32_GE("f32.ge", 0x00, 0x60, Immediate.NONE, "ff:i"),
    F64_EQ("f64.eq", 0x00, 0x61, Immediate.NONE, "FF:i"),
    F64_NE("f64.ne", 0x00, 0x62, Immediate.NONE, "FF:i"),
    F64_LT("f64.lt", 0x00, 0x63, Immediate.NONE, "FF:i"),
    F64_GT("f64.gt", 0x00, 0x64, Immediate.NONE, "FF:i"),
    F64_LE("f64.le", 0x00, 0x65, Immediate.NONE, "FF:i"),
    F64_GE("f64.ge", 0x00, 0x66, Immediate.NONE, "FF:i"),
    I32_CLZ("i32.clz", 0x00, 0x67, Immediate.NONE, "i:i"),
    I32_CTZ("i32.ctz", 0x00, 0x68, Immediate.NONE, "i:i"),
    I32_POPCNT("i32.popcnt", 0x00, 0x69, Immediate.NONE, "i:i"),
    I32_ADD("i32.add", 0x00, 0x6A, Immediate.NONE, "ii:i"),
    I32_SUB("i32.sub", 0x00, 0x6B, Immediate.NONE, "ii:i"),
    I32_MUL("i32.mul", 0x00, 0x6C, Immediate.NONE, "ii:i"),
    I32_DIV_S("i32.div_s", 0x00, 0x6D, Immediate.NONE, "ii:i"),
    I32_DIV_U("i32.div_u", 0x00, 0x6E, Immediate.NONE, "ii:i"),
    I32_REM_S("i32.rem_s", 0x00, 0x6F, Immediate.NONE, "ii:i"),
    I32_REM_U("i32.rem_u", 0x00, 0x70, Immediate.NONE, "ii:i"),
    I32_AND("i32.and", 0x00, 0x71, Immediate.NONE, "ii:i"),
    I32_OR("i32.or", 0x00, 0x72, Immediate.NONE, "ii:i"),
    I32_XOR("i32.xor", 0x00, 0x73, Immediate.NONE, "ii:i"),
    I32_SHL("i32.shl", 0x00, 0x74, Immediate.NONE, "ii:i"),
    I32_SHR_S("i32.shr_s", 0x00, 0x75, Immediate.NONE, "ii:i"),
    I32_SHR_U("i32.shr_u", 0x00, 0x76, Immediate.NONE, "ii:i"),
    I32_ROTL("i32.rotl", 0x00, 0x77, Immediate.NONE, "ii:i"),
    I32_ROTR("i32.rotr", 0x00, 0x78, Immediate.NONE, "ii:i"),
    I64_CLZ("i64.clz", 0x00, 0x79, Immediate.NONE, "I:I"),
    I64_CTZ("i64.ctz", 0x00, 0x7A, Immediate.NONE, "I:I"),
    I64_POPCNT("i64.popcnt", 0x00, 0x7B, Immediate.NONE, "I:I"),
    I64_ADD("i64.add", 0x00, 0x7C, Immediate.NONE, "II:I"),
    I64_SUB("i64.sub", 0x00, 0x7D, Immediate.NONE, "II:I"),
    I64_MUL("i64.mul", 0x00, 0x7E, Immediate.NONE, "II:I"),
    I64_DIV_S("i64.div_s", 0x00, 0x7F, Immediate.NONE, "II:I"),
    I64_DIV_U("i64.div_u", 0x00, 0x80, Immediate.NONE, "II:I"),
    I64_REM_S("i64.rem_s", 0x00, 0x81, Immediate.NONE, "II:I"),
    I64_REM_U("i64.rem_u", 0x00, 0x82, Immediate.NONE, "II:I"),
    I64_AND("i64.and", 0x00, 0x83, Immediate.NONE, "II:I"),
    I64_OR("i64.or", 0x00, 0x84, Immediate.NONE, "II:I"),
    I64_XOR("i64.xor", 0x00, 0x85, Immediate.NONE, "II:I"),
    I64_SHL("i64.shl", 0x00, 0x86, Immediate.NONE, "II:I"),
    I64_SHR_S("i64.shr_s", 0x00, 0x87, Immediate.NONE, "II:I"),
    I64_SHR_U("i64.shr_u", 0x00, 0x88, Immediate.NONE, "II:I"),
    I64_ROTL("i64.rotl", 0x00, 0x89, Immediate.NONE, "II:I"),
    I64_ROTR("i64.rotr", 0x00, 0x8A, Immediate.NONE, "II:I"),
    F32_ABS("f32.abs", 0x00, 0x8B, Immediate.NONE, "f:f"),
    F32_NEG("f32.neg", 0x00, 0x8C, Immediate.NONE, "f:f"),
    F32_CEIL("f32.ceil", 0x00, 0x8D, Immediate.NONE, "f:f"),
    F32_FLOOR("f32.floor", 0x00, 0x8E, Immediate.NONE, "f:f"),
    F32_TRUNC("f32.trunc", 0x00, 0x8F, Immediate.NONE, "f:f"),
    F32_NEAREST("f32.nearest", 0x00, 0x90, Immediate.NONE, "f:f"),
    F32_SQRT("f32.sqrt", 0x00, 0x91, Immediate.NONE, "f:f"),
    F32_ADD("f32.add", 0x00, 0x92, Immediate.NONE, "ff:f"),
    F32_SUB("f32.sub", 0x00, 0x93, Immediate.NONE, "ff:f"),
    F32_MUL("f32.mul", 0x00, 0x94, Immediate.NONE, "ff:f"),
    F32_DIV("f32.div", 0x00, 0x95, Immediate.NONE, "ff:f"),
    F32_MIN("f32.min", 0x00, 0x96, Immediate.NONE, "ff:f"),
    F32_MAX("f32.max", 0x00, 0x97, Immediate.NONE, "ff:f"),
    F32_COPYSIGN("f32.copysign", 0x00, 0x98, Immediate.NONE, "ff:f"),
    F64_ABS("f64.abs", 0x00, 0x99, Immediate.NONE, "F:F"),
    F64_NEG("f64.neg", 0x00, 0x9A, Immediate.NONE, "F:F"),
    F64_CEIL("f64.ceil", 0x00, 0x9B, Immediate.NONE, "F:F"),
    F64_FLOOR("f64.floor", 0x00, 0x9C, Immediate.NONE, "F:F"),
    F64_TRUNC("f64.trunc", 0x00, 0x9D, Immediate.NONE, "F:F"),
    F64_NEAREST("f64.nearest", 0x00, 0x9E, Immediate.NONE, "F:F"),
    F64_SQRT("f64.sqrt", 0x00, 0x9F, Immediate.NONE, "F:F"),
    F64_ADD("f64.add", 0x00, 0xA0, Immediate.NONE, "FF:F"),
    F64_SUB("f64.sub", 0x00, 0xA1, Immediate.NONE, "FF:F"),
    F64_MUL("f64.mul", 0x00, 0xA2, Immediate.NONE, "FF:F"),
    F64_DIV("f64.div", 0x00, 0xA3, Immediate.NONE, "FF:F"),
    F64_MIN("f64.min", 0x00, 0xA4, Immediate.NONE, "FF:F"),
    F64_MAX("f64.max", 0x00, 0xA5, Immediate.NONE, "FF:F"),
    F64_COPYSIGN("f64.copysign", 0x00, 0xA6, Immediate.NONE, "FF:F"),
    I32_WRAP_I64("i32.wrap_i64", 0x00, 0xA7, Immediate.NONE, "I:i"),
    I32_TRUNC_F32_S("i32.trunc_f32_s", 0x00, 0xA8, Immediate.NONE, "f:i"),
    I32_TRUNC_F32_U("i32.trunc_f32_u", 0x00, 0xA9, Immediate.NONE, "f:i"),
    I32_TRUNC_F64_S("i32.trunc_f64_s", 0x00, 0xAA, Immediate.NONE, "F:i"),
    I32_TRUNC_F64_U("i32.trunc_f64_u", 0x00, 0xAB, Immediate.NONE, "F:i"),
    I64_EXTEND_I32_S("i64.extend_i32_s", 0x00, 0xAC, Immediate.NONE, "i:I"),
    I64_EXTEND_I32_U("i64.extend_i32_u", 0x00, 0xAD, Immediate.NONE, "i:I"),
    I64_TRUNC_F32_S("i64.trunc_f32_s", 0x00, 0xAE, Immediate.NONE, "f:I"),
    I64_TRUNC_F32_U("i64.trunc_f32_u", 0x00, 0xAF, Immediate.NONE, "f:I"),
    I64_TRUNC_F64_S("i64.trunc_f64_s", 0x00, 0xB0, Immediate.NONE, "F:I"),
    I64_TRUNC_F64_U("i64.trunc_f64_u", 0x00, 0xB1, Immediate.NONE, "F:I"),
    F32_CONVERT_I32_S("f32.convert_i32_s", 0x00, 0xB2, Immediate.NONE, "i:f"),
    F32_CONVERT_I32_U("f32.convert_i32_u", 0x00, 0xB3, Immediate.NONE, "i:f"),
    F32_CONVERT_I64_S("f32.convert_i64_s", 0x00, 0xB4, Immediate.NONE, "I:f"),
    F32_CONVERT_I64_U("f32.convert_i64_u", 0x00, 0xB5, Immediate.NONE, "I:f"),
    F32_DEMOTE_F64("f32.demote_f64", 0x00, 0xB6, Immediate.NONE, "F:f"),
    F64_CONVERT_I32_S("f64.convert_i32_s", 0x00, 0xB7, Immediate.NONE, "i:F"),
    F64_CONVERT_I32_U("f64.convert_i32_u", 0x00, 0xB8, Immediate.NONE, "i:F"),
    F64_CONVERT_I64_S("f64.convert_i64_s", 0x00, 0xB9, Immediate.NONE, "I:F"),
    F64_CONVERT_I64_U("f64.convert_i64_u", 0x00, 0xBA, Immediate.NONE, "I:F"),
    F64_PROMOTE_F32("f64.promote_f32", 0x00, 0xBB, Immediate.NONE, "f:F"),
    I32_REINTERPRET_F32("i32.reinterpret_f32", 0x00, 0xBC, Immediate.NONE, "f:i"),
    I64_REINTERPRET_F64("i64.reinterpret_f64", 0x00, 0xBD, Immediate.NONE, "F:I"),
    F32_REINTERPRET_I32("f32.reinterpret_i32", 0x00, 0xBE, Immediate.NONE, "i:f"),
    F64_REINTERPRET_I64("f64.reinterpret_i64", 0x00, 0xBF, Immediate.NONE, "I:F"),
    I32_EXTEND8_S("i32.extend8_s", 0x00, 0xC0, Immediate.NONE, "i:i"),
    I32_EXTEND16_S("i32.extend16_s", 0x00, 0xC1, Immediate.NONE, "i:i"),
    I64_EXTEND8_S("i64.extend8_s", 0x00, 0xC2, Immediate.NONE, "I:I"),
    I64_EXTEND16_S("i64.extend16_s", 0x00, 0xC3, Immediate.NONE, "I:I"),
    I64_EXTEND32_S("i64.extend32_s", 0x00, 0xC4, Immediate.NONE, "I:I"),
    REF_NULL("ref.null", 0x00, 0xD0, Immediate.REF_TYPE, null),
    REF_IS_NULL("ref.is_null", 0x00, 0xD1, Immediate.NONE, null),
    REF_FUNC("ref.func", 0x00, 0xD2, Immediate.FUNC, null),
    I32_TRUNC_SAT_F32_S("i32.trunc_sat_f32_s", 0xFC, 0x00, Immediate.NONE, "f:i"),
    I32_TRUNC_SAT_F32_U("i32.trunc_sat_f32_u", 0xFC, 0x01, Immediate.NONE, "f:i"),
    I32_TRUNC_SAT_F64_S("i32.trunc_sat_f64_s", 0xFC, 0x02, Immediate.NONE, "F:i"),
    I32_TRUNC_SAT_F64_U("i32.trunc_sat_f64_u", 0xFC, 0x03, Immediate.NONE, "F:i"),
    I64_TRUNC_SAT_F32_S("i64.trunc_sat_f32_s", 0xFC, 0x04, Immediate.NONE, "f:I"),
    I64_TRUNC_SAT_F32_U("i64.trunc_sat_f32_u", 0xFC, 0x05, Immediate.NONE, "f:I"),
    I64_TRUNC_SAT_F64_S("i64.trunc_sat_f64_s", 0xFC, 0x06, Immediate.NONE, "F:I"),
    I64_TRUNC_SAT_F64_U("i64.trunc_sat_f64_u", 0xFC, 0x07, Immediate.NONE, "F:I"),
    MEMORY_INIT("memory.init", 0xFC, 0x08, Immediate.DATA_MEMORY, "iii:"),
    DATA_DROP("data.drop", 0xFC, 0x09, Immediate.DATA, ":"),
    MEMORY_COPY("memory.copy", 0xFC, 0x0A, Immediate.MEMORY_MEMORY, "iii:"),
    MEMORY_FILL("memory.fill", 0xFC, 0x0B, Immediate.MEMORY, "iii:"),
    TABLE_INIT("table.init", 0xFC, 0x0C, Immediate.ELEM_TABLE, "iii:"),
    ELEM_DROP("elem.drop", 0xFC, 0x0D, Immediate.ELEM, ":"),
    TABLE_COPY("table.copy", 0xFC, 0x0E, Immediate.TABLE_TABLE, "iii:"),
    TABLE_GROW("table.grow", 0xFC, 0x0F, Immediate.TABLE, null),
    TABLE_SIZE("table.size", 0xFC, 0x10, Immediate.TABLE, ":i"),
    TABLE_FILL("table.fill", 0xFC, 0x11, Immediate.TABLE, null);

    /** Which immediates an instruction carries, and so which fields of {@link Instr} it uses. */
    public enum Immediate {
        NONE, BLOCK, LABEL, LABEL_TABLE, FUNC, CALL_INDIRECT, LOCAL, GLOBAL, TABLE, MEMARG, MEMORY, I32, I64, F32,
        F64, REF_TYPE, SELECT_TYPES, DATA_MEMORY, DATA, MEMORY_MEMORY, ELEM_TABLE, ELEM, TABLE_TABLE
    }

    private static final Op[] SINGLE = new Op[256];
    private static final Op[] EXTENDED = new Op[32];

    static {
        for (Op op : values()) {
            (op.prefix == 0 ? SINGLE : EXTENDED)[op.code] = op;
        }
    }

    public final String text;
    public final int prefix;
    public final int code;
    public final Immediate immediate;
    private final List<ValType> pops;
    private final List<ValType> pushes;

    Op(String text, int prefix, int code, Immediate immediate, String signature) {
        this.text = text;
        this.prefix = prefix;
        this.code = code;
        this.immediate = immediate;
        if (signature == null) {
            this.pops = null;
            this.pushes = null;
        } else {
            int colon = signature.indexOf(':');
            this.pops = types(signature.substring(0, colon));
            this.pushes = types(signature.substring(colon + 1));
        }
    }

    private static List<ValType> types(String letters) {
        List<ValType> out = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            out.add(switch (c) {
                case 'i' -> ValType.I32;
                case 'I' -> ValType.I64;
                case 'f' -> ValType.F32;
                case 'F' -> ValType.F64;
                default -> throw new IllegalStateException("bad signature letter " + c);
            });
        }
        return List.copyOf(out);
    }

    /** True when the operand types are fixed, so that {@link #pops()} and {@link #pushes()} are known. */
    public boolean hasFixedSignature() {
        return pops != null;
    }

    /** Operand types consumed, bottom first; only for instructions with a fixed signature. */
    public List<ValType> pops() {
        return pops;
    }

    /** Result types produced; only for instructions with a fixed signature. */
    public List<ValType> pushes() {
        return pushes;
    }

    /** The instruction with this single-byte opcode, or null. */
    public static Op single(int code) {
        return code >= 0 && code < SINGLE.length ? SINGLE[code] : null;
    }

    /** The 0xFC-prefixed instruction with this sub-opcode, or null. */
    public static Op extended(int code) {
        return code >= 0 && code < EXTENDED.length ? EXTENDED[code] : null;
    }

    @Override
    public String toString() {
        return text;
    }
}
