package io.jfvm.compiler.pass;

import io.jfvm.compiler.ir.Module;

/**
 * An IR-to-IR transformation run before code generation. Passes may reject a module by throwing
 * {@link io.jfvm.compiler.WasmFormatException}; the transformed module must remain valid WebAssembly.
 */
public interface Pass {
    /**
     * Identifies the pass and its configuration (name, version, parameters). It is part of the compiled-module
     * cache key, so it must change whenever the pass's output could change.
     */
    String id();

    void apply(Module module);
}
