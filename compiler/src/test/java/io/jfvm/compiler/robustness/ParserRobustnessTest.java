package io.jfvm.compiler.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.robustness.GuardedRun.Outcome;
import io.jfvm.compiler.robustness.GuardedRun.Result;
import io.jfvm.compiler.robustness.SeedModules.Seed;
import io.jfvm.compiler.testing.ActorModules;
import io.jfvm.compiler.testing.ActorModules.ActorModule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: truncated and randomly mutated builtin-actor modules (both bundles, deterministic seeds) must
 * either parse or be rejected with {@link WasmFormatException}; nothing else may escape, and no module may hang.
 */
class ParserRobustnessTest {
    private static final int MUTATIONS = 10_000;
    private static final int COMPILE_MUTATIONS = 500;
    /** Truncations of whole actor modules, which are slow to parse, in addition to the mutations of slices. */
    private static final int WHOLE_MODULE_TRUNCATIONS = 60;
    private static final int SMALLEST_ACTORS_PER_BUNDLE = 4;
    private static final int SLICES_PER_ACTOR = 8;
    /** Generous, because a mutant can make Chicory allocate (and zero) a 2 GB array on a shared machine. */
    private static final long TIMEOUT_MILLIS = 30_000;
    /** Modules slower than this are listed: they show where the parser trusts a declared size. */
    private static final long SLOW_MILLIS = 1_000;
    private static final long BASE_SEED = 0x6A66766DL; // "jfvm"

    @Test
    void mutatedActorModulesParseOrFailCleanly() {
        check("parse", WasmParser::parse, MUTATIONS, WHOLE_MODULE_TRUNCATIONS);
    }

    @Test
    void mutatedActorModulesCompileOrFailCleanly() {
        WasmCompiler compiler = new WasmCompiler(CompileOptions.DEFAULT);
        // Most mutants fail in the parser; the few percent that parse are compiled and loaded. Fewer modules
        // than for parsing alone keep both tests within their time budget.
        check("compile", compiler::compile, COMPILE_MUTATIONS, 0);
    }

    private static void check(String what, Consumer<byte[]> action, int mutations, int truncations) {
        List<ActorModule> actors = SeedModules.smallest(ActorModules.all(), SMALLEST_ACTORS_PER_BUNDLE);
        List<Seed> seeds = new ArrayList<>();
        for (ActorModule a : actors) {
            if (a.wasm().length < 4096) {
                seeds.add(new Seed(a.toString(), a.wasm())); // small enough to mutate whole
            } else {
                seeds.addAll(SeedModules.slices(a, SLICES_PER_ACTOR));
            }
        }
        Map<Result, Integer> counts = new EnumMap<>(Result.class);
        Map<WasmFormatException.Kind, Integer> kinds = new EnumMap<>(WasmFormatException.Kind.class);
        Map<String, Integer> wrapped = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        long start = System.nanoTime();
        try (GuardedRun guard = new GuardedRun(TIMEOUT_MILLIS)) {
            for (int i = 0; i < mutations; i++) {
                Seed seed = seeds.get(i % seeds.size());
                long s = BASE_SEED + i;
                record(guard.run(Mutator.mutate(seed.wasm(), s), action), "mutation seed " + s + " of " + seed.name(),
                        counts, kinds, wrapped, problems, slow);
            }
            for (int i = 0; i < truncations; i++) {
                ActorModule actor = actors.get(i % actors.size());
                long s = BASE_SEED + i;
                record(guard.run(Mutator.truncate(actor.wasm(), s), action), "truncation seed " + s + " of " + actor,
                        counts, kinds, wrapped, problems, slow);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s robustness: %d modules (%d mutations of %d seeds, %d truncations) in %d ms: %s, "
                + "rejections by kind %s, rejections of non-Chicory exceptions %s%n", what, mutations + truncations,
                mutations, seeds.size(), truncations, millis, counts, kinds, wrapped);
        problems.forEach(p -> System.out.println("  " + p));
        slow.forEach(p -> System.out.println("  slow: " + p));
        assertEquals(mutations + truncations, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(problems.isEmpty(), problems.size() + " modules ended badly:\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    /** The exception with the innermost frames of the deepest cause, which locate the fault. */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(3, frames.length); i++) {
            sb.append(i == 0 ? " at " : " < ").append(frames[i]);
        }
        return sb.toString();
    }

    private static void record(Outcome o, String name, Map<Result, Integer> counts,
            Map<WasmFormatException.Kind, Integer> kinds, Map<String, Integer> wrapped, List<String> problems,
            List<String> slow) {
        counts.merge(o.result(), 1, Integer::sum);
        if (o.millis() > SLOW_MILLIS && o.result() != Result.TIMED_OUT) {
            slow.add(name + ": " + o.result() + " after " + o.millis() + " ms");
        }
        if (o.kind() != null) {
            kinds.merge(o.kind(), 1, Integer::sum);
            if (o.failure() != null) {
                // Errors are worth locating: an OutOfMemoryError means the parser trusted a declared size.
                Throwable f = o.failure();
                String key = f.getClass().getSimpleName();
                if (f instanceof Error && f.getStackTrace().length > 0) {
                    key += " at " + f.getStackTrace()[0];
                }
                wrapped.merge(key, 1, Integer::sum);
            }
        }
        switch (o.result()) {
            case UNEXPECTED -> problems.add(name + ": " + describe(o.failure()));
            case TIMED_OUT -> problems.add(name + ": no result within " + TIMEOUT_MILLIS + " ms");
            default -> { }
        }
    }
}
