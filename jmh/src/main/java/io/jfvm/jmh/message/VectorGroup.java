package io.jfvm.jmh.message;

import io.jfvm.conformance.BundleLibrary;
import io.jfvm.conformance.PreparedVariant;
import io.jfvm.conformance.SkipRules;
import io.jfvm.conformance.TestVector;
import io.jfvm.conformance.VectorLoader;
import io.jfvm.ipld.types.Receipt;
import io.jfvm.jmh.SharedData;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conformance vectors of one method group (the {@code method} column of the vectors' {@code index.tsv}, e.g.
 * every {@code PreCommitSector} message whatever its outcome), prepared once so that a benchmark op only applies
 * messages. Vectors the reference runner skips are left out.
 */
final class VectorGroup {
    private final String name;
    private final List<PreparedVariant> variants;
    private final int messages;

    private VectorGroup(String name, List<PreparedVariant> variants) {
        this.name = name;
        this.variants = variants;
        this.messages = variants.stream().mapToInt(PreparedVariant::messageCount).sum();
    }

    /** Loads and prepares the group's vectors from the shared data (vectors and bundles). */
    static VectorGroup load(String method) {
        Path vectors = SharedData.dir("vectors");
        BundleLibrary bundles;
        try {
            bundles = BundleLibrary.load(List.of(SharedData.dir("bundles")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundles: " + e.getMessage(), e);
        }
        SkipRules skip = SkipRules.reference();
        List<PreparedVariant> variants = new ArrayList<>();
        for (Path file : files(vectors, method)) {
            TestVector v = VectorLoader.read(file);
            if (skip.skipReason(v).isPresent()) {
                continue;
            }
            for (TestVector.Variant variant : v.variants()) {
                variants.add(PreparedVariant.prepare(bundles, v, variant, false));
            }
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no vectors for method group " + method + " in " + vectors);
        }
        return new VectorGroup(method, List.copyOf(variants));
    }

    private static List<Path> files(Path vectors, String method) {
        List<String> lines;
        try {
            lines = Files.readAllLines(vectors.resolve("index.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + vectors.resolve("index.tsv"), e);
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        int pathColumn = header.indexOf("path");
        int methodColumn = header.indexOf("method");
        if (pathColumn < 0 || methodColumn < 0) {
            throw new IllegalStateException("index.tsv has no path or method column: " + header);
        }
        List<Path> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length > methodColumn && cols[methodColumn].equals(method)) {
                out.add(vectors.resolve(cols[pathColumn]));
            }
        }
        return out;
    }

    /** Messages one op applies. */
    int messages() {
        return messages;
    }

    String name() {
        return name;
    }

    /** Fresh executors at the pre-states, one per vector: the setup of one op. */
    Executor[] newExecutors(ActorCodeRunner runner) {
        Executor[] out = new Executor[variants.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = variants.get(i).newExecutor(runner);
        }
        return out;
    }

    /** Applies every message (one op); returns the gas used in total. */
    long apply(Executor[] executors) {
        long gas = 0;
        for (int i = 0; i < executors.length; i++) {
            PreparedVariant v = variants.get(i);
            for (int m = 0; m < v.messageCount(); m++) {
                gas += v.apply(executors[i], m).receipt().gasUsed();
            }
        }
        return gas;
    }

    /**
     * Runs the group once with {@code runner} and checks every receipt (exit code, return bytes, gas) against the
     * vector, so a benchmark never times an engine that computes something else.
     *
     * @throws IllegalStateException naming the first vector whose receipt differs
     */
    void verify(ActorCodeRunner runner, String engine) {
        Executor[] executors = newExecutors(runner);
        for (int i = 0; i < executors.length; i++) {
            PreparedVariant v = variants.get(i);
            for (int m = 0; m < v.messageCount(); m++) {
                ApplyRet ret = v.apply(executors[i], m);
                TestVector.ExpectedReceipt want = v.vector().receipts().get(m);
                Receipt got = ret.receipt();
                if (got.exitCode() != want.exitCode() || got.gasUsed() != want.gasUsed()
                        || !Arrays.equals(got.returnData(), want.returnData())) {
                    throw new IllegalStateException(engine + " does not reproduce " + v.vector().id() + " message " + m
                            + ": exit " + got.exitCode() + " gas " + got.gasUsed() + ", expected exit "
                            + want.exitCode() + " gas " + want.gasUsed()
                            + (ret.failureInfo() == null ? "" : " (" + ret.failureInfo() + ")"));
                }
            }
        }
    }
}
