package io.jfvm.conformance;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.runtime.state.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builtin-actor bundles (CAR files whose root is {@code [1, manifest_data_cid]}), indexed by manifest data CID: the
 * CID a state tree's system actor points at. Bundles are loaded once and shared read-only by every vector.
 */
public final class BundleLibrary {
    /** One loaded bundle. */
    public record Bundle(Path file, Cid manifestRoot, Cid manifestData, Blockstore blocks) {}

    private final Map<Cid, Bundle> byManifestData = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();

    private BundleLibrary() {}

    /** An empty library (every vector fails with "no bundle"). */
    public static BundleLibrary empty() {
        return new BundleLibrary();
    }

    /**
     * Loads every {@code .car} file among {@code paths} (directories are searched, not recursively).
     *
     * @throws IOException if a file cannot be read or is not an actors bundle
     */
    public static BundleLibrary load(List<Path> paths) throws IOException {
        BundleLibrary lib = new BundleLibrary();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".car")).sorted().toList()) {
                        lib.add(f);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                lib.add(p);
            } else {
                throw new IOException("no such bundle file or directory: " + p);
            }
        }
        return lib;
    }

    private void add(Path file) throws IOException {
        MemoryBlockstore store = new MemoryBlockstore();
        List<Cid> roots;
        try (InputStream in = Files.newInputStream(file); CarReader car = CarReader.open(in)) {
            roots = car.roots();
            for (Block b = car.next(); b != null; b = car.next()) {
                store.put(b.cid(), b.data());
            }
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable CAR file: " + e.getMessage(), e);
        }
        if (roots.size() != 1) {
            throw new IOException(file + ": an actors bundle has exactly one root, this CAR has " + roots.size());
        }
        Manifest manifest;
        try {
            manifest = Manifest.loadFromBundleRoot(store, roots.get(0));
        } catch (RuntimeException e) {
            throw new IOException(file + ": not an actors bundle: " + e.getMessage(), e);
        }
        files.add(file);
        byManifestData.putIfAbsent(manifest.dataCid(), new Bundle(file, roots.get(0), manifest.dataCid(), store));
    }

    /** The bundle whose manifest data CID is {@code manifestData}. */
    public Optional<Bundle> byManifestData(Cid manifestData) {
        return Optional.ofNullable(byManifestData.get(manifestData));
    }

    /** The bundle files loaded, in load order. */
    public List<Path> files() {
        return List.copyOf(files);
    }
}
