package io.jfvm.gas.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The WebAssembly features a generated module may use, as wasm-opt flags. Both sets leave out SIMD, threads,
 * exceptions, tail calls, memory64 and GC, which jfvm does not implement, and reference types: binaryen 108
 * (Debian's) generates them as the pre-standard proposal (an {@code anyref} supertype of {@code funcref} and
 * {@code ref.as_non_null}), and most of those modules are invalid WebAssembly 2.0.
 */
enum Features {
    /** Everything of WebAssembly 2.0 that binaryen 108 generates validly. */
    WASM_2_0(true),
    /** What the FVM accepts (no multi-value, which its wasmtime configuration disables). */
    FVM(false);

    private final boolean multiValue;

    Features(boolean multiValue) {
        this.multiValue = multiValue;
    }

    List<String> flags() {
        List<String> flags = new ArrayList<>(List.of("--mvp-features", "--enable-sign-ext",
                "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-bulk-memory"));
        if (multiValue) {
            flags.add("--enable-multivalue");
        }
        return flags;
    }
}
