package io.jfvm.compiler.intrinsics;

/**
 * Replaces every {@code call} of a function with inline JVM code. When the call is reached, the arguments are
 * on the JVM operand stack as the function's wasm signature says; the emitted code must consume them and leave
 * the results, with exactly the semantics of the function's wasm body (which stays in the module, so that the
 * module remains valid and runs the same on any engine).
 */
@FunctionalInterface
public interface FunctionIntrinsic {
    void emit(IntrinsicEmitter emitter);
}
