package io.jfvm.gas.fuzz;

import java.util.SplittableRandom;

/**
 * One generated module, reproducible from {@code (seed, index)}: the random input bytes and the feature set are
 * drawn from a generator seeded by both, and wasm-opt translates them into {@link #wasm}. {@link #deNaNed} is the
 * same module run through {@code --denan}, for the comparison in which NaNs are not canonicalised.
 */
record FuzzModule(long seed, int index, Features features, byte[] wasm, byte[] deNaNed) {
    private static final int MIN_INPUT = 16;
    /** Larger inputs give larger modules with more functions; binaryen's own fuzzer uses a few KiB. */
    private static final int MAX_INPUT = 12 * 1024;

    static FuzzModule generate(WasmOpt wasmOpt, long seed, int index) {
        SplittableRandom random = random(seed, index);
        Features features = random.nextBoolean() ? Features.WASM_2_0 : Features.FVM;
        byte[] input = new byte[random.nextInt(MIN_INPUT, MAX_INPUT + 1)];
        random.nextBytes(input);
        byte[] wasm = wasmOpt.translateToFuzz(input, features.flags());
        return new FuzzModule(seed, index, features, wasm, wasmOpt.deNaN(wasm, features.flags()));
    }

    /** The random draws of one comparison of this module (arguments, budgets), independent of the others. */
    SplittableRandom random(String comparison) {
        return new SplittableRandom(random(seed, index).nextLong() ^ comparison.hashCode());
    }

    private static SplittableRandom random(long seed, int index) {
        // An odd multiplier keeps (seed, index) pairs apart: (s, i + 1) and (s + 1, i) get unrelated streams.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    @Override
    public String toString() {
        return "seed " + seed + " index " + index;
    }
}
