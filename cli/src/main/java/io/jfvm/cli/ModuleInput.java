package io.jfvm.cli;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WebAssembly module to compile, with a name to report it under: the file name of a {@code .wasm} file, or
 * for a builtin-actors bundle the actor's name from the bundle's manifest (its CID when the manifest does not
 * name it).
 */
record ModuleInput(String name, byte[] wasm) {

    /** The modules of {@code file}: a {@code .car} bundle's raw blocks, or the file itself as one module. */
    static List<ModuleInput> read(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".car")) {
            return readBundle(file);
        }
        return List.of(new ModuleInput(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    /** The raw blocks (codec 0x55) of a CAR file, which in a builtin-actors bundle are the actors' modules. */
    private static List<ModuleInput> readBundle(Path car) throws IOException {
        Map<Cid, byte[]> blocks = new LinkedHashMap<>();
        List<Cid> roots;
        try (InputStream in = Files.newInputStream(car); CarReader reader = CarReader.open(in)) {
            for (Block b = reader.next(); b != null; b = reader.next()) {
                blocks.put(b.cid(), b.data());
            }
            roots = reader.roots();
        } catch (IpldException e) {
            throw new IOException(car + ": not a readable CAR file: " + e.getMessage(), e);
        }
        Map<Cid, String> names = actorNames(roots, blocks);
        List<ModuleInput> modules = new ArrayList<>();
        blocks.forEach((cid, data) -> {
            if (cid.codec() == Multicodec.RAW) {
                modules.add(new ModuleInput(names.getOrDefault(cid, cid.toString()), data));
            }
        });
        if (modules.isEmpty()) {
            throw new IOException(car + ": no raw blocks, so no modules, in this CAR file");
        }
        return modules;
    }

    /**
     * Code CID → actor name from a bundle manifest: the single root is {@code [version, data CID]} and the data
     * block a list of {@code [name, code CID]}. Any other CAR file simply has no names.
     */
    private static Map<Cid, String> actorNames(List<Cid> roots, Map<Cid, byte[]> blocks) {
        Map<Cid, String> names = new HashMap<>();
        if (roots.size() != 1 || !blocks.containsKey(roots.get(0))) {
            return names;
        }
        try {
            List<CborValue> manifest = DagCbor.decode(blocks.get(roots.get(0))).asTuple(2, "bundle manifest");
            byte[] data = blocks.get(manifest.get(1).asCid());
            if (data == null) {
                return names;
            }
            for (CborValue entry : DagCbor.decode(data).asList()) {
                List<CborValue> pair = entry.asTuple(2, "manifest entry");
                names.put(pair.get(1).asCid(), pair.get(0).asText());
            }
        } catch (IpldException e) {
            names.clear(); // not a bundle manifest; report modules by CID
        }
        return names;
    }
}
