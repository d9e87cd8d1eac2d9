package io.jfvm.jmh.kernels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.gas.price.PriceList;
import io.jfvm.runtime.version.FvmRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One compute kernel as {@code kernels.json} describes it: the exported function to call, how many iterations
 * one benchmark operation runs, and the checksum those iterations must return. The same file drives the JMH
 * benchmark and {@code v8-bench.mjs}, so every engine runs exactly the same work.
 *
 * @param name the kernel, also the base name of its {@code .wasm} files
 * @param export the exported function, {@code (i32 iterations) -> i64 checksum}
 * @param iterations the argument of one benchmark operation
 * @param checksum the expected result for {@code iterations}
 */
public record Kernel(String name, String export, int iterations, long checksum) {
    /** The network version whose instrumentation and prices the metered kernels use. */
    public static final int NETWORK_VERSION = 18;

    /** The description file, written by {@code build.sh} beside the kernels' {@code .wasm} files. */
    public static final String CATALOG = "kernels.json";

    public static PriceList prices() {
        return FvmRules.forNetworkVersion(NETWORK_VERSION).priceList();
    }

    /** The plain module, as clang produced it. */
    public Path wasm(Path directory) {
        return directory.resolve(name + ".wasm");
    }

    /** The module after the FVM's instrumentation without intrinsics. */
    public Path meteredWasm(Path directory) {
        return directory.resolve(name + ".metered.wasm");
    }

    /**
     * The kernels of {@code directory}/{@value #CATALOG}. Checksums are written as 16 hex digits (the i64's
     * two's-complement bits), since a JSON number cannot hold every i64 exactly in JavaScript.
     */
    public static List<Kernel> catalog(Path directory) {
        Path file = directory.resolve(CATALOG);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Kernel> kernels = new ArrayList<>();
        for (JsonNode k : root.path("kernels")) {
            kernels.add(new Kernel(k.path("name").asText(), k.path("export").asText(), k.path("iterations").asInt(),
                    Long.parseUnsignedLong(k.path("checksum").asText(), 16)));
        }
        return kernels;
    }

    /** The kernel named {@code name} in {@code directory}'s catalog. */
    public static Kernel named(Path directory, String name) {
        return catalog(directory).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kernel \"" + name + "\" in "
                        + directory.resolve(CATALOG)));
    }

    /**
     * The directory of built kernels: the system property {@code jfvm.kernels}, default {@code jmh/target/kernels}
     * relative to the working directory; a clear error when it has not been built.
     */
    public static Path directory() {
        Path dir = Path.of(System.getProperty("jfvm.kernels", "jmh/target/kernels")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(CATALOG))) {
            throw new IllegalStateException("compiled kernels not found in " + dir
                    + ": run jmh/kernels/build.sh (from the repository root), or set -Djfvm.kernels=DIR");
        }
        return dir;
    }

    /** The hex form used in {@value #CATALOG}. */
    public static String hex(long checksum) {
        return String.format("%016x", checksum);
    }
}
