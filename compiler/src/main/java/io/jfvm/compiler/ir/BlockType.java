package io.jfvm.compiler.ir;

import java.util.List;

/** Block types as signed 33-bit values: a type index, {@link #EMPTY}, or a value type's code made negative. */
public final class BlockType {
    /** The binary format's 0x40, read as a signed LEB128 byte. */
    public static final int EMPTY = -64;

    private BlockType() {}

    /** The block type for a block yielding one value of {@code type}. */
    public static int of(ValType type) {
        return type.code - 0x80;
    }

    /** The signature of a block type, resolving type indices against the module's types. */
    public static FuncType signature(int blockType, List<FuncType> types) {
        if (blockType >= 0) {
            return types.get(blockType);
        }
        if (blockType == EMPTY) {
            return new FuncType(List.of(), List.of());
        }
        return new FuncType(List.of(), List.of(ValType.fromCode(blockType + 0x80)));
    }

    static String describe(int blockType) {
        if (blockType >= 0) {
            return "(type " + blockType + ")";
        }
        return blockType == EMPTY ? "" : "(result " + ValType.fromCode(blockType + 0x80) + ")";
    }
}
