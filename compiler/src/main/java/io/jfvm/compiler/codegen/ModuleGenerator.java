package io.jfvm.compiler.codegen;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.ir.Module;

/** Generates the JVM classes of a module. */
public final class ModuleGenerator {
    private ModuleGenerator() {}

    public static GeneratedModule generate(Module module, CompileOptions options) {
        throw new UnsupportedOperationException("code generation is being written");
    }
}
