package io.jfvm.jmh.coldstart;

import io.jfvm.gas.price.PriceList;
import io.jfvm.runtime.version.FvmRules;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.jmh.SharedData;
import io.jfvm.runtime.state.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A builtin-actors bundle from the shared data, read into memory, with the price list of the network version its
 * actors run on (v9 on network version 17, v10 on 18), whose instrumentation jfvm compiles them with.
 */
record ActorBundle(String name, Manifest manifest, MemoryBlockstore blocks, PriceList prices) {

    /** Loads {@code bundles/<name>-mainnet.car}; {@code name} is "v9" or "v10". */
    static ActorBundle load(String name) throws IOException {
        int networkVersion = switch (name) {
            case "v9" -> 17;
            case "v10" -> 18;
            default -> throw new IllegalArgumentException("unknown bundle " + name + ": expected v9 or v10");
        };
        Path file = SharedData.dir("bundles").resolve(name + "-mainnet.car");
        MemoryBlockstore blocks = new MemoryBlockstore();
        List<Cid> roots;
        try (InputStream in = Files.newInputStream(file); CarReader car = CarReader.open(in)) {
            roots = car.roots();
            car.forEach(b -> blocks.put(b.cid(), b.data()));
        }
        if (roots.size() != 1) {
            throw new IOException(file + ": an actors bundle has exactly one root, this CAR has " + roots.size());
        }
        Manifest manifest = Manifest.loadFromBundleRoot(blocks, roots.get(0));
        return new ActorBundle(name, manifest, blocks, FvmRules.forNetworkVersion(networkVersion).priceList());
    }

    /** How many distinct modules the manifest names (actors may share code). */
    long distinctModules() {
        return manifest.names().stream().map(manifest::codeOf).distinct().count();
    }
}
