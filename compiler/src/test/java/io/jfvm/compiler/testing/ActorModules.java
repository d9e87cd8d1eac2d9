package io.jfvm.compiler.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The builtin-actor wasm modules of the shared bundles ({@code bundles/*.car}), named from manifests.tsv. */
public final class ActorModules {
    private static List<ActorModule> cached;

    private ActorModules() {}

    /** One actor's module: e.g. bundle {@code v9-mainnet.car}, name {@code account}. */
    public record ActorModule(String bundle, String name, byte[] wasm) {
        @Override
        public String toString() {
            return bundle.replace("-mainnet.car", "") + "/" + name + " (" + wasm.length + " bytes)";
        }
    }

    /** Every actor module of both bundles, in bundle then file order; skips the calling test without them. */
    public static synchronized List<ActorModule> all() {
        if (cached == null) {
            cached = load(SharedData.require("bundles"));
        }
        return cached;
    }

    private static List<ActorModule> load(Path dir) {
        try {
            Map<String, String> names = names(dir.resolve("manifests.tsv"));
            List<ActorModule> out = new ArrayList<>();
            for (String bundle : List.of("v9-mainnet.car", "v10-mainnet.car")) {
                for (CarBlocks.Block b : CarBlocks.rawBlocks(dir.resolve(bundle))) {
                    String name = names.getOrDefault(bundle + "\t" + b.data().length, "block-" + b.shortId());
                    out.add(new ActorModule(bundle, name, b.data()));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** (bundle file, wasm size) → actor name; sizes identify the modules within a bundle. */
    private static Map<String, String> names(Path manifests) throws IOException {
        Map<String, String> names = new HashMap<>();
        if (!Files.exists(manifests)) {
            return names;
        }
        List<String> lines = Files.readAllLines(manifests);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            names.put(f[0] + "\t" + f[7], f[5]);
        }
        return names;
    }
}
