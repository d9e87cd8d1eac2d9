package io.jfvm.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined function: its type, declared locals (parameters excluded) and body. The body is a flat instruction
 * list, structured with {@code block}/{@code loop}/{@code if}/{@code else}/{@code end} as in the binary format,
 * and ends with the function's own {@code end}.
 */
public final class Function {
    private int typeIndex;
    private final List<ValType> locals;
    private List<Instr> body;
    private String name;

    public Function(int typeIndex, List<ValType> locals, List<Instr> body) {
        this.typeIndex = typeIndex;
        this.locals = new ArrayList<>(locals);
        this.body = new ArrayList<>(body);
    }

    public int typeIndex() {
        return typeIndex;
    }

    public void setTypeIndex(int typeIndex) {
        this.typeIndex = typeIndex;
    }

    /** Declared locals, mutable: a pass may append locals it needs. */
    public List<ValType> locals() {
        return locals;
    }

    /** The body, mutable in place; {@link #setBody} replaces it. */
    public List<Instr> body() {
        return body;
    }

    public void setBody(List<Instr> body) {
        this.body = new ArrayList<>(body);
    }

    /** The name from the module's name section, or null. */
    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
