package io.jfvm.compiler.rt;

/** Why a WebAssembly execution trapped. Messages follow the specification's test suite wording. */
public enum TrapKind {
    UNREACHABLE("unreachable"),
    MEMORY_OUT_OF_BOUNDS("out of bounds memory access"),
    TABLE_OUT_OF_BOUNDS("out of bounds table access"),
    INTEGER_DIVIDE_BY_ZERO("integer divide by zero"),
    INTEGER_OVERFLOW("integer overflow"),
    INVALID_CONVERSION_TO_INTEGER("invalid conversion to integer"),
    INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch"),
    UNINITIALIZED_ELEMENT("uninitialized element"),
    CALL_STACK_EXHAUSTED("call stack exhausted");

    public final String message;

    TrapKind(String message) {
        this.message = message;
    }
}
