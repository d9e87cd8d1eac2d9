package io.jfvm.compiler.ir;

import java.util.List;

/**
 * An element segment. Each item is a constant expression (without {@code end}) yielding a reference:
 * {@code ref.func}, {@code ref.null} or {@code global.get}. {@code tableIndex} and {@code offset} are meaningful
 * for active segments only.
 */
public record ElementSegment(Mode mode, ValType type, int tableIndex, List<Instr> offset, List<List<Instr>> items) {
    public enum Mode { ACTIVE, PASSIVE, DECLARATIVE }

    public ElementSegment {
        offset = offset == null ? List.of() : List.copyOf(offset);
        items = items.stream().map(List::copyOf).toList();
    }
}
