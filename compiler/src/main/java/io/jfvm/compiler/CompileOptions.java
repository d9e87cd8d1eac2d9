package io.jfvm.compiler;

import io.jfvm.compiler.pass.Pass;
import java.util.List;

/**
 * How a module is compiled.
 *
 * @param passes IR passes, run in order before code generation
 * @param canonicalizeNaN make every float operation whose result is NaN yield the canonical NaN, as the FVM
 *     requires for determinism
 */
public record CompileOptions(List<Pass> passes, boolean canonicalizeNaN) {
    public static final CompileOptions DEFAULT = new CompileOptions(List.of(), false);

    public CompileOptions {
        passes = List.copyOf(passes);
    }

    /** The part of the cache key that comes from the options. */
    public String cacheKey() {
        StringBuilder sb = new StringBuilder("nan=").append(canonicalizeNaN);
        for (Pass p : passes) {
            sb.append(";pass=").append(p.id());
        }
        return sb.toString();
    }
}
