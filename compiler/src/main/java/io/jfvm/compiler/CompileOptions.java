package io.jfvm.compiler;

import io.jfvm.compiler.pass.Pass;
import java.util.List;

/**
 * How a module is compiled.
 *
 * @param passes IR passes, run in order before code generation
 * @param canonicalizeNaN make every float operation whose result is NaN yield the canonical NaN, as the FVM
 *     requires for determinism
 * @param splitBudget functions whose estimated bytecode exceeds this many bytes are split into outlined regions
 *     of about this size (at most {@link #DEFAULT_SPLIT_BUDGET}); a tiny budget splits nearly every function,
 *     which tests use to exercise the splitter on the spec suite
 */
public record CompileOptions(List<Pass> passes, boolean canonicalizeNaN, int splitBudget) {
    public static final int DEFAULT_SPLIT_BUDGET = 6500;
    public static final CompileOptions DEFAULT = new CompileOptions(List.of(), false);

    public CompileOptions {
        passes = List.copyOf(passes);
        if (splitBudget < 1) {
            throw new IllegalArgumentException("split budget must be positive: " + splitBudget);
        }
    }

    public CompileOptions(List<Pass> passes, boolean canonicalizeNaN) {
        this(passes, canonicalizeNaN, DEFAULT_SPLIT_BUDGET);
    }

    public CompileOptions withSplitBudget(int budget) {
        return new CompileOptions(passes, canonicalizeNaN, budget);
    }

    /** The part of the cache key that comes from the options. */
    public String cacheKey() {
        StringBuilder sb = new StringBuilder("nan=").append(canonicalizeNaN).append(";split=").append(splitBudget);
        for (Pass p : passes) {
            sb.append(";pass=").append(p.id());
        }
        return sb.toString();
    }
}
