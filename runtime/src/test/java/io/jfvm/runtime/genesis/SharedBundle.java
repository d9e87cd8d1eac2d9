package io.jfvm.runtime.genesis;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * A bundle of {@code ../shared/bundles} (read in place, never copied): its root CID from the CAR header and its
 * blocks, which {@link SharedData#bundle} loads once per test JVM. Skips the test when the shared data is absent.
 *
 * @param file the bundle's file name, e.g. {@code v10-mainnet.car}
 */
record SharedBundle(String file, Cid manifestRoot, Blockstore blocks) {
    static SharedBundle load(String file) {
        Cid root;
        try (InputStream in = Files.newInputStream(SharedData.root().resolve("bundles").resolve(file));
             CarReader car = CarReader.open(in)) {
            root = car.roots().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SharedBundle(file, root, SharedData.bundle(file));
    }
}
