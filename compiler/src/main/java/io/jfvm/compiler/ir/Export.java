package io.jfvm.compiler.ir;

/** An export: a name for the item at {@code index} of the {@code kind} index space. */
public record Export(String name, ExternKind kind, int index) {}
