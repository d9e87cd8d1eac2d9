package io.jfvm.compiler.ir;

public record GlobalType(ValType type, boolean mutable) {}
