package io.jfvm.compiler;

/**
 * Figures about one compiled module.
 *
 * @param functions defined wasm functions
 * @param jvmMethods JVM methods generated (functions, split-off parts, dispatchers, trampolines)
 * @param largestMethodBytes bytecode size of the largest JVM method
 * @param methodsOverHugeLimit methods over HotSpot's 8,000-byte {@code HugeMethodLimit}, which are never JIT-compiled
 * @param classBytes total size of the generated class files
 * @param compileNanos time spent compiling (zero when loaded from a cache)
 */
public record CompileStats(int functions, int jvmMethods, int largestMethodBytes, int methodsOverHugeLimit,
        long classBytes, long compileNanos) {
    public static final int HUGE_METHOD_LIMIT = 8000;
}
