package io.jfvm.ipld.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Locates the read-only shared test data (vectors, bundles) through the {@code jfvm.shared} system property and
 * skips the calling test, with a message, when it is absent.
 */
public final class SharedData {
    private static final Map<String, Blockstore> BUNDLES = new ConcurrentHashMap<>();
    private static volatile List<TestVector> vectors;

    private SharedData() {}

    /** The shared data directory; skips the test if it does not exist. */
    public static Path root() {
        Path p = Path.of(System.getProperty("jfvm.shared", "../shared"));
        assumeTrue(Files.isDirectory(p.resolve("vectors")),
                "shared test data not found at " + p.toAbsolutePath() + " (set -Djfvm.shared=...); skipping");
        return p;
    }

    /** Every vector JSON file, in path order. */
    public static List<Path> vectorFiles() {
        Path dir = root().resolve("vectors/extracted");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every vector, parsed once per test JVM (about 35 MB of CAR bytes) and shared by the tests that walk them all. */
    public static List<TestVector> vectors() {
        List<TestVector> v = vectors;
        if (v == null) {
            synchronized (SharedData.class) {
                if (vectors == null) {
                    vectors = vectorFiles().stream().map(TestVector::read).toList();
                }
                v = vectors;
            }
        }
        return v;
    }

    /** The bundle CAR files. */
    public static List<Path> bundleFiles() {
        Path dir = root().resolve("bundles");
        return List.of(dir.resolve("v9-mainnet.car"), dir.resolve("v10-mainnet.car"));
    }

    /** The blocks of a bundle ("v9-mainnet.car" or "v10-mainnet.car"), loaded once per test JVM. */
    public static Blockstore bundle(String fileName) {
        return BUNDLES.computeIfAbsent(fileName, f -> {
            MemoryBlockstore bs = new MemoryBlockstore();
            try (InputStream in = Files.newInputStream(root().resolve("bundles").resolve(f));
                 CarReader car = CarReader.open(in)) {
                car.forEach(b -> bs.put(b.cid(), b.data()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bs;
        });
    }

    /** Loads every block of a (gzipped) CAR held in memory into {@code into}; returns the CAR roots. */
    public static List<io.jfvm.ipld.Cid> loadCar(byte[] car, Blockstore into) {
        try (CarReader r = CarReader.open(new ByteArrayInputStream(car))) {
            for (Block b = r.next(); b != null; b = r.next()) {
                into.put(b.cid(), b.data());
            }
            return r.roots();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
