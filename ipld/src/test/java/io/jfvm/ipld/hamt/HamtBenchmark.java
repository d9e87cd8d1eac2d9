package io.jfvm.ipld.hamt;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.store.BlockNotFoundException;
import io.jfvm.ipld.store.BufferedBlockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.testing.SharedData;
import io.jfvm.ipld.testing.TestVector;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.StateRoot;
import io.jfvm.ipld.types.StateTreeVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HAMT get / set / flush on the actors HAMT of the largest vector state (the vector with the largest CAR).
 * Only actors whose HAMT path is in the partial state are used. "cold" opens the HAMT from its root CID
 * (decoding every node on the path), "warm" reuses loaded nodes. Run it outside the test suite:
 * <pre>
 * mvn -q -pl ipld -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Djfvm.shared=../shared -cp ipld/target/test-classes:ipld/target/classes:$(cat ipld/target/cp.txt) \
 *      org.openjdk.jmh.Main HamtBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HamtBenchmark {
    private MemoryBlockstore store;
    private Cid actorsRoot;
    private StateTreeVersion version;
    private Hamt warm;
    private final List<byte[]> keys = new ArrayList<>();
    private final List<ActorState> actors = new ArrayList<>();
    private int next;
    private long sequence;

    @Setup
    public void setUp() {
        Path largest = SharedData.vectorFiles().stream().max(Comparator.comparingLong(HamtBenchmark::size)).orElseThrow();
        TestVector v = TestVector.read(largest);
        store = new MemoryBlockstore();
        SharedData.loadCar(v.car(), store);
        StateRoot root = StateRoot.fromCbor(store.getCbor(v.preRoot()));
        actorsRoot = root.actors();
        version = root.version();
        warm = Hamt.load(store, actorsRoot, Hamt.DEFAULT_BIT_WIDTH);
        for (long id = 0; id < 5000; id++) {
            byte[] key = Address.id(id).toBytes();
            try {
                CborValue value = warm.get(key);
                if (value != null) {
                    keys.add(key);
                    actors.add(ActorState.fromCbor(value));
                }
            } catch (BlockNotFoundException e) {
                // this part of the trie was not extracted into the vector
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no actors reachable in " + largest);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int nextIndex() {
        next = (next + 1) % keys.size();
        return next;
    }

    @Benchmark
    public CborValue getWarm() {
        return warm.get(keys.get(nextIndex()));
    }

    @Benchmark
    public CborValue getCold() {
        return Hamt.load(store, actorsRoot, Hamt.DEFAULT_BIT_WIDTH).get(keys.get(nextIndex()));
    }

    /** One actor update and a flush into a write buffer, as at the end of a message. */
    @Benchmark
    public Cid setAndFlush() {
        int i = nextIndex();
        Hamt h = Hamt.load(new BufferedBlockstore(store), actorsRoot, Hamt.DEFAULT_BIT_WIDTH);
        h.set(keys.get(i), actors.get(i).withSequence(++sequence).toCbor(version));
        return h.flush();
    }
}
