package io.jfvm.compiler.ir;

import java.util.List;

/** A defined global; {@code init} is a constant expression without its final {@code end}. */
public record Global(GlobalType type, List<Instr> init) {
    public Global {
        init = List.copyOf(init);
    }
}
