package io.jfvm.compiler.ir;

import java.util.List;

/** A data segment; {@code memoryIndex} and {@code offset} (without {@code end}) are meaningful for active ones. */
public record DataSegment(boolean active, int memoryIndex, List<Instr> offset, byte[] bytes) {
    public DataSegment {
        offset = offset == null ? List.of() : List.copyOf(offset);
    }
}
