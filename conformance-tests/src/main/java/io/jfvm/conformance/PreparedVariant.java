package io.jfvm.conformance;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.store.LayeredBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.executor.ApplyKind;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.StateTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One variant of a vector, ready to execute: the vector's blocks loaded over its bundle's, the machine context
 * built from the vector, the messages decoded with their on-chain lengths. Every {@link #newExecutor} starts from
 * the pre-state, because a machine buffers its writes until flushed, so one prepared variant can be executed many
 * times: once by {@link VectorRunner}, repeatedly by the benchmarks (with the preparation outside the timed part).
 */
public final class PreparedVariant {
    /** The reference runner's base fee when a vector has none. */
    static final BigInteger DEFAULT_BASE_FEE = BigInteger.valueOf(100);
    /** 65-byte signature, 1 byte of type, 3 bytes of framing. */
    static final int SECP_SIGNATURE_OVERHEAD = 69;
    /** Timestamp rule of the vectors' producer: block timestamp = epoch × 30 s. */
    static final long SECONDS_PER_EPOCH = 30;

    private final TestVector vector;
    private final Blockstore store;
    private final MachineContext context;
    private final List<Message> messages;
    private final long[] rawLengths;

    private PreparedVariant(TestVector vector, Blockstore store, MachineContext context, List<Message> messages,
                            long[] rawLengths) {
        this.vector = vector;
        this.store = store;
        this.context = context;
        this.messages = messages;
        this.rawLengths = rawLengths;
    }

    /**
     * Loads {@code variant} of {@code vector}.
     *
     * @param tracing whether machines record gas traces (the runner needs them to explain a gas mismatch; the
     *                benchmarks measure without)
     * @throws MissingBundleException when no bundle in {@code bundles} has the vector's manifest
     * @throws IllegalStateException when the vector is inconsistent (CAR roots, message and receipt counts)
     */
    public static PreparedVariant prepare(BundleLibrary bundles, TestVector vector, TestVector.Variant variant,
                                          boolean tracing) {
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
        BundleLibrary.Bundle bundle = bundleFor(bundles, vectorBlocks, vector.preRoot());
        BigInteger baseFee = vector.baseFee() != null ? vector.baseFee() : DEFAULT_BASE_FEE;
        TokenAmount circ = vector.circulatingSupply() != null ? TokenAmount.ofAtto(vector.circulatingSupply())
                : MachineContext.TOTAL_FILECOIN;
        MachineContext context = MachineContext.of(NetworkVersion.of(variant.networkVersion()), variant.epoch(),
                variant.epoch() * SECONDS_PER_EPOCH, TokenAmount.ofAtto(baseFee), circ, vector.preRoot())
                .withTracing(tracing);
        List<Message> messages = new ArrayList<>();
        long[] rawLengths = new long[vector.messages().size()];
        for (int i = 0; i < rawLengths.length; i++) {
            byte[] bytes = vector.messages().get(i).bytes();
            Message message = Message.decode(bytes);
            messages.add(message);
            rawLengths[i] = bytes.length + (message.from().protocol() == Address.SECP256K1 ? SECP_SIGNATURE_OVERHEAD : 0);
        }
        return new PreparedVariant(vector, new LayeredBlockstore(vectorBlocks, bundle.blocks()), context,
                List.copyOf(messages), rawLengths);
    }

    /** An executor over a fresh machine at the pre-state, running actor code with {@code runner}. */
    public Executor newExecutor(ActorCodeRunner runner) {
        return new Executor(new Machine(context, store, new ReplayingExterns(vector.randomness())), runner);
    }

    /** The number of messages. */
    public int messageCount() {
        return messages.size();
    }

    /** Applies message {@code i} as an explicit message with its on-chain length. */
    public ApplyRet apply(Executor executor, int i) {
        return executor.execute(messages.get(i), ApplyKind.EXPLICIT, rawLengths[i]);
    }

    /** The blocks the machine reads (vector over bundle); flushed state lands here too. */
    public Blockstore store() {
        return store;
    }

    public TestVector vector() {
        return vector;
    }

    /** Finds the bundle by the manifest data CID the pre-state's system actor points at. */
    private static BundleLibrary.Bundle bundleFor(BundleLibrary bundles, MemoryBlockstore vectorBlocks, Cid preRoot) {
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
