package io.jfvm.compiler;

import io.jfvm.compiler.codegen.GeneratedModule;
import io.jfvm.compiler.codegen.ModuleGenerator;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.pass.Pass;
import io.jfvm.compiler.rt.CompiledModule;

/**
 * The compiler's entry point: bytes → Chicory parse and validation → IR → passes → ASM code generation →
 * defined class.
 */
public final class WasmCompiler {
    private final CompileOptions options;

    public WasmCompiler(CompileOptions options) {
        this.options = options;
    }

    public CompileOptions options() {
        return options;
    }

    /** Compiles a binary module. Throws {@link WasmFormatException} for malformed, invalid or unsupported input. */
    public CompiledModule compile(byte[] wasm) {
        long start = System.nanoTime();
        Module module = WasmParser.parse(wasm);
        return compile(module, start);
    }

    /** Compiles an IR module (which the passes will modify in place). */
    public CompiledModule compile(Module module) {
        return compile(module, System.nanoTime());
    }

    private CompiledModule compile(Module module, long start) {
        GeneratedModule generated = generate(module);
        return generated.load(module, System.nanoTime() - start);
    }

    /**
     * Runs the passes on {@code module} (in place) and generates its classes without loading them, for callers
     * that keep the class bytes, such as the compiled-module cache.
     */
    public GeneratedModule generate(Module module) {
        for (Pass pass : options.passes()) {
            pass.apply(module);
        }
        return ModuleGenerator.generate(module, options);
    }
}
