package io.jfvm.compiler.rt;

/**
 * A WebAssembly trap. Thrown by generated code and the support library; never by host functions, whose
 * exceptions pass through unchanged. Traps carry no stack trace: they are ordinary control flow for actors
 * (every out-of-gas is one) and filling in a trace would cost more than the trap.
 */
public final class Trap extends RuntimeException {
    private final TrapKind kind;

    public Trap(TrapKind kind) {
        super(kind.message, null, false, false);
        this.kind = kind;
    }

    public Trap(TrapKind kind, Throwable cause) {
        super(kind.message, cause, false, false);
        this.kind = kind;
    }

    public TrapKind kind() {
        return kind;
    }

    // Factories called from generated code: one invokestatic + athrow keeps trap sites small.

    public static Trap unreachable() {
        return new Trap(TrapKind.UNREACHABLE);
    }

    public static Trap memoryOutOfBounds() {
        return new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS);
    }

    public static Trap tableOutOfBounds() {
        return new Trap(TrapKind.TABLE_OUT_OF_BOUNDS);
    }

    public static Trap divideByZero() {
        return new Trap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
    }

    public static Trap integerOverflow() {
        return new Trap(TrapKind.INTEGER_OVERFLOW);
    }

    public static Trap invalidConversion() {
        return new Trap(TrapKind.INVALID_CONVERSION_TO_INTEGER);
    }

    public static Trap indirectCallTypeMismatch() {
        return new Trap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH);
    }

    public static Trap uninitializedElement() {
        return new Trap(TrapKind.UNINITIALIZED_ELEMENT);
    }

    public static Trap of(TrapKind kind) {
        return new Trap(kind);
    }
}
