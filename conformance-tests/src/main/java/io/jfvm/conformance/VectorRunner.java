package io.jfvm.conformance;

import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.UnsupportedNetworkVersionException;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.call.ActorCodeUnavailableException;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.kernel.EngineActorCodeRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs conformance vectors as ref-fvm's conformance runner does ({@code fvm-reference.md} §5.3,
 * {@code fvm-v2-v3-deltas.md} §8): each variant from a fresh blockstore (the vector's blocks over its bundle's),
 * the machine context from the vector (timestamp = epoch × 30; base fee 100 atto and circulating supply
 * TOTAL_FILECOIN when absent), every message applied as an explicit message with the on-chain length rule (+69
 * bytes for secp256k1 senders), then the receipts and the flushed state root compared exactly.
 * {@link #run(Path)} never throws for a bad vector: every outcome is a {@link VectorResult}. Thread-safe: vectors
 * may run concurrently.
 */
public final class VectorRunner {
    private final BundleLibrary bundles;
    private final ActorCodeRunner codeRunner;
    private final SkipRules skipRules;
    private final boolean allGasTraces;

    public VectorRunner(BundleLibrary bundles, ActorCodeRunner codeRunner, SkipRules skipRules) {
        this(bundles, codeRunner, skipRules, false);
    }

    private VectorRunner(BundleLibrary bundles, ActorCodeRunner codeRunner, SkipRules skipRules,
                         boolean allGasTraces) {
        this.bundles = bundles;
        this.codeRunner = codeRunner;
        this.skipRules = skipRules;
        this.allGasTraces = allGasTraces;
    }

    /** This runner keeping every message's gas trace in its results, not only those whose gas differs. */
    public VectorRunner withAllGasTraces() {
        return new VectorRunner(bundles, codeRunner, skipRules, true);
    }

    /**
     * The proof policy of {@link #standard}: the vectors were produced by ref-fvm's conformance runner, whose test
     * kernel treats proofs as valid and charges their normal gas ({@code fvm-v2-v3-deltas.md} §8, §10).
     */
    public static final ProofPolicyKind STANDARD_PROOF_POLICY = ProofPolicyKind.VECTOR;

    /**
     * The runner {@code jfvm vectors} and the ratchet test use: the reference skip rules and the engine-backed actor
     * code runner (process-wide compiled code, default kernel, real crypto) with {@link #STANDARD_PROOF_POLICY}.
     */
    public static VectorRunner standard(BundleLibrary bundles) {
        return standard(bundles, STANDARD_PROOF_POLICY);
    }

    /**
     * As {@link #standard(BundleLibrary)} with an explicitly chosen proof policy ({@code jfvm vectors --proofs}):
     * {@link ProofPolicyKind#REAL} verifies every proof (and needs the verifying keys).
     */
    public static VectorRunner standard(BundleLibrary bundles, ProofPolicyKind proofs) {
        return new VectorRunner(bundles, EngineActorCodeRunner.withProofPolicy(ProofPolicies.of(proofs)),
                SkipRules.reference());
    }

    /** Reads and runs one vector file. */
    public VectorResult run(Path file) {
        long start = System.nanoTime();
        TestVector vector;
        try {
            vector = VectorLoader.read(file);
        } catch (RuntimeException e) {
            return new VectorResult(file.getFileName().toString(), file, 0, Verdict.FAILED,
                    "cannot read vector: " + e.getMessage(), millisSince(start), List.of(), List.of(), null);
        }
        return run(vector, start);
    }

    /** Runs a parsed vector. */
    public VectorResult run(TestVector vector) {
        return run(vector, System.nanoTime());
    }

    private VectorResult run(TestVector vector, long start) {
        Optional<String> skip = skipRules.skipReason(vector);
        if (skip.isPresent()) {
            return result(vector, Verdict.SKIPPED, skip.get(), start, List.of());
        }
        List<VariantResult> variants = new ArrayList<>();
        try {
            for (TestVector.Variant variant : vector.variants()) {
                VariantResult r = runVariant(vector, variant);
                variants.add(r);
                String mismatch = mismatch(r);
                if (mismatch != null) {
                    String prefix = vector.variants().size() > 1 ? "variant " + variant.id() + ": " : "";
                    return result(vector, Verdict.FAILED, prefix + mismatch, start, variants);
                }
            }
            return result(vector, Verdict.PASSED, null, start, variants);
        } catch (ActorCodeUnavailableException e) {
            return result(vector, Verdict.FAILED, e.getMessage(), start, variants);
        } catch (MissingBundleException | UnsupportedNetworkVersionException e) {
            return result(vector, Verdict.FAILED, e.getMessage(), start, variants);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            // A Java exception escaping execution is a jfvm bug: report it loudly, with its class.
            return result(vector, Verdict.FAILED, "error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    start, variants);
        }
    }

    private static VectorResult result(TestVector v, Verdict verdict, String reason, long start,
                                       List<VariantResult> variants) {
        return new VectorResult(v.id(), v.path(), v.networkVersion(), verdict, reason, millisSince(start),
                List.copyOf(variants), v.receipts(), v.postRoot());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The first difference in a variant, or null if it matches. */
    private static String mismatch(VariantResult r) {
        List<String> parts = new ArrayList<>();
        for (MessageResult m : r.messages()) {
            String s = m.mismatch();
            if (s != null) {
                parts.add(s);
            }
        }
        if (!r.rootMatches()) {
            String diff = r.actorDifferences().isEmpty() ? "" : " (" + r.actorDifferences().size()
                    + " actors differ: " + r.actorDifferences().stream().limit(3).map(ActorDifference::describe)
                    .collect(Collectors.joining(", ")) + (r.actorDifferences().size() > 3 ? ", ..." : "") + ")";
            parts.add("state root " + r.actualRoot() + " != expected " + r.expectedRoot() + diff);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private VariantResult runVariant(TestVector vector, TestVector.Variant variant) {
        PreparedVariant prepared = PreparedVariant.prepare(bundles, vector, variant, true);
        Executor executor = prepared.newExecutor(codeRunner);
        List<MessageResult> messages = new ArrayList<>();
        for (int i = 0; i < prepared.messageCount(); i++) {
            ApplyRet ret = prepared.apply(executor, i);
            TestVector.ExpectedReceipt expected = vector.receipts().get(i);
            List<GasCharge> trace = allGasTraces || expected.gasUsed() != ret.receipt().gasUsed() ? ret.gasTrace()
                    : List.of();
            messages.add(new MessageResult(i, expected, ret.receipt(), ret.failureInfo(), trace));
        }
        Cid actualRoot = executor.flush();
        List<ActorDifference> diffs = List.of();
        int missing = 0;
        if (!actualRoot.equals(vector.postRoot())) {
            ActorsDiff.Result d = ActorsDiff.diff(prepared.store(), vector.postRoot(), actualRoot,
                    executor.machine().builtinActors());
            diffs = d.differences();
            missing = d.missingBlocks();
        }
        return new VariantResult(variant.id(), variant.epoch(), variant.networkVersion(), messages,
                vector.postRoot(), actualRoot, diffs, missing);
    }
}
