package io.jfvm.conformance;

import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.call.ActorCodeUnavailableException;
import io.jfvm.runtime.executor.ApplyKind;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.kernel.EngineActorCodeRunner;
import io.jfvm.runtime.kernel.crypto.ProofPolicies;
import io.jfvm.runtime.kernel.crypto.ProofPolicyKind;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.StateTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
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
    /** The reference runner's base fee when a vector has none. */
    static final BigInteger DEFAULT_BASE_FEE = BigInteger.valueOf(100);
    /** 65-byte signature, 1 byte of type, 3 bytes of framing. */
    static final int SECP_SIGNATURE_OVERHEAD = 69;
    /** Timestamp rule of the vectors' producer: block timestamp = epoch × 30 s. */
    static final long SECONDS_PER_EPOCH = 30;

    private final BundleLibrary bundles;
    private final ActorCodeRunner codeRunner;
    private final SkipRules skipRules;

    public VectorRunner(BundleLibrary bundles, ActorCodeRunner codeRunner, SkipRules skipRules) {
        this.bundles = bundles;
        this.codeRunner = codeRunner;
        this.skipRules = skipRules;
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
        } catch (MissingBundleException e) {
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
        MemoryBlockstore vectorBlocks = new MemoryBlockstore();
        List<Cid> roots = loadCar(vector.car(), vectorBlocks);
        if (!roots.contains(vector.preRoot())) {
            throw new IllegalStateException("the vector CAR's roots " + roots + " lack the precondition root "
                    + vector.preRoot());
        }
        if (vector.receipts().size() != vector.messages().size()) {
            throw new IllegalStateException(vector.messages().size() + " messages but " + vector.receipts().size()
                    + " expected receipts");
        }
        BundleLibrary.Bundle bundle = bundleFor(vectorBlocks, vector.preRoot());
        LayeredBlockstore store = new LayeredBlockstore(vectorBlocks, bundle.blocks());
        BigInteger baseFee = vector.baseFee() != null ? vector.baseFee() : DEFAULT_BASE_FEE;
        TokenAmount circ = vector.circulatingSupply() != null ? TokenAmount.ofAtto(vector.circulatingSupply())
                : MachineContext.TOTAL_FILECOIN;
        MachineContext context = MachineContext.of(variant.networkVersion(), variant.epoch(),
                variant.epoch() * SECONDS_PER_EPOCH, TokenAmount.ofAtto(baseFee), circ, vector.preRoot())
                .withTracing(true);
        Machine machine = new Machine(context, store, new ReplayingExterns(vector.randomness()));
        Executor executor = new Executor(machine, codeRunner);

        List<MessageResult> messages = new ArrayList<>();
        for (int i = 0; i < vector.messages().size(); i++) {
            byte[] bytes = vector.messages().get(i).bytes();
            Message message = Message.decode(bytes);
            long rawLength = bytes.length + (message.from().protocol() == Address.SECP256K1 ? SECP_SIGNATURE_OVERHEAD : 0);
            ApplyRet ret = executor.execute(message, ApplyKind.EXPLICIT, rawLength);
            TestVector.ExpectedReceipt expected = vector.receipts().get(i);
            List<GasCharge> trace = expected.gasUsed() == ret.receipt().gasUsed() ? List.of() : ret.gasTrace();
            messages.add(new MessageResult(i, expected, ret.receipt(), ret.failureInfo(), trace));
        }
        Cid actualRoot = executor.flush();
        List<ActorDifference> diffs = List.of();
        int missing = 0;
        if (!actualRoot.equals(vector.postRoot())) {
            ActorsDiff.Result d = ActorsDiff.diff(store, vector.postRoot(), actualRoot, machine.builtinActors());
            diffs = d.differences();
            missing = d.missingBlocks();
        }
        return new VariantResult(variant.id(), variant.epoch(), variant.networkVersion(), messages,
                vector.postRoot(), actualRoot, diffs, missing);
    }

    /** Finds the bundle by the manifest data CID the pre-state's system actor points at. */
    private BundleLibrary.Bundle bundleFor(MemoryBlockstore vectorBlocks, Cid preRoot) {
        StateTree tree = StateTree.load(vectorBlocks, preRoot);
        ActorState system = tree.getActor(0).orElseThrow(() ->
                new IllegalStateException("the pre-state has no system actor (f00)"));
        Cid manifestData = vectorBlocks.getCbor(system.state()).asTuple(1, "system actor state").get(0).asCid();
        return bundles.byManifestData(manifestData).orElseThrow(() -> new MissingBundleException(manifestData,
                "no actors bundle with manifest " + manifestData + " (the manifest the vector's system actor points at)"
                        + " among " + (bundles.files().isEmpty() ? "no bundle files (use --bundles DIR)"
                        : bundles.files().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")))));
    }

    private static List<Cid> loadCar(byte[] gzippedCar, MemoryBlockstore into) {
        try (CarReader car = CarReader.open(new ByteArrayInputStream(gzippedCar))) {
            for (Block b = car.next(); b != null; b = car.next()) {
                into.put(b.cid(), b.data());
            }
            return car.roots();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the vector CAR: " + e.getMessage(), e);
        }
    }
}
