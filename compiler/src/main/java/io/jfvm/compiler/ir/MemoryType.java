package io.jfvm.compiler.ir;

public record MemoryType(Limits limits) {}
