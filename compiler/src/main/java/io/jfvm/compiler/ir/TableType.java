package io.jfvm.compiler.ir;

public record TableType(ValType elementType, Limits limits) {}
