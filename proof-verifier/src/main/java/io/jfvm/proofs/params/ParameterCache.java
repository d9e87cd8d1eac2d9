package io.jfvm.proofs.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.proofs.groth16.VerifyingKey;
import org.bouncycastle.crypto.digests.Blake2bDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds verifying keys the way Filecoin tools do: in the directory named by
 * {@code FIL_PROOFS_PARAMETER_CACHE} (default {@code /var/tmp/filecoin-proof-parameters}), under
 * the names of a parameters.json manifest, each checked against the manifest digest: the first 16
 * bytes of the unkeyed BLAKE2b-512 of the whole file, in lower-case hex (rust-fil-proofs
 * {@code verify_production_entry}). Parsed keys are cached in memory.
 *
 * <p>Configuration, highest precedence first: the system properties {@value #DIR_PROPERTY},
 * {@value #MANIFEST_PROPERTY} and {@value #VERSION_PROPERTY}; the environment variables
 * {@code FIL_PROOFS_PARAMETER_CACHE} and {@code FIL_PROOFS_PARAMETER_MANIFEST}; the defaults (the
 * manifest defaults to {@code parameters.json} in the cache directory, the version to v28).
 */
public final class ParameterCache {
    public static final String DIR_PROPERTY = "jfvm.proofs.parameterCache";
    public static final String MANIFEST_PROPERTY = "jfvm.proofs.parameterManifest";
    public static final String VERSION_PROPERTY = "jfvm.proofs.parameterVersion";
    public static final String DEFAULT_DIR = "/var/tmp/filecoin-proof-parameters";
    public static final String DEFAULT_VERSION = "v28";

    private final Path dir;
    private final Path manifestPath;
    private final String version;
    private volatile JsonNode manifest;
    private final Map<String, VerifyingKey> keys = new ConcurrentHashMap<>();

    public ParameterCache(Path dir, Path manifestPath, String version) {
        this.dir = dir;
        this.manifestPath = manifestPath;
        this.version = version;
    }

    public static ParameterCache fromEnvironment() {
        Path dir = Path.of(setting(DIR_PROPERTY, "FIL_PROOFS_PARAMETER_CACHE").orElse(DEFAULT_DIR));
        Path manifest = setting(MANIFEST_PROPERTY, "FIL_PROOFS_PARAMETER_MANIFEST").map(Path::of)
                .orElse(dir.resolve("parameters.json"));
        String version = Optional.ofNullable(System.getProperty(VERSION_PROPERTY)).orElse(DEFAULT_VERSION);
        return new ParameterCache(dir, manifest, version);
    }

    private static Optional<String> setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public Path directory() {
        return dir;
    }

    /** The verifying key of a circuit for a sector size, loaded, digest-checked and parsed once. */
    public VerifyingKey verifyingKey(CircuitKind kind, long sectorSize) {
        String name = fileName(kind, sectorSize);
        return keys.computeIfAbsent(name, this::load);
    }

    /** The manifest's file name for a circuit, e.g. v28-proof-of-spacetime-…-0377ded6….vk. */
    public String fileName(CircuitKind kind, long sectorSize) {
        String hash = kind.identifierHash(sectorSize);
        String prefix = version + "-" + kind.namePrefix + "-";
        for (Iterator<String> it = manifest().fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.startsWith(prefix) && name.endsWith(".vk")) {
                String stem = name.substring(0, name.length() - 3);
                String last = stem.substring(stem.lastIndexOf('-') + 1);
                if (last.startsWith(hash)) {
                    return name;
                }
            }
        }
        throw new ParametersMissingException("manifest " + manifestPath + " has no " + version + " " + kind
                + " verifying key for sector size " + sectorSize + " (identifier " + hash + "…)");
    }

    private VerifyingKey load(String name) {
        Path file = dir.resolve(name);
        JsonNode entry = manifest().get(name);
        String expected = entry == null || entry.get("digest") == null ? null : entry.get("digest").asText();
        if (expected == null) {
            throw new ParametersMissingException("no digest for " + name + " in " + manifestPath);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ParametersMissingException("verifying key " + file + " is missing (parameter cache "
                    + dir + "; set FIL_PROOFS_PARAMETER_CACHE)", e);
        } catch (IOException e) {
            throw new ParametersMissingException("cannot read verifying key " + file + ": " + e.getMessage(), e);
        }
        String actual = digest(bytes);
        if (!actual.equals(expected)) {
            throw new ParametersMissingException("verifying key " + file + " is corrupt: digest " + actual
                    + ", manifest says " + expected);
        }
        try {
            // The digest pins the exact bytes of the published key, so the (expensive) subgroup
            // checks of every IC point are not repeated; curve membership is still checked.
            return VerifyingKey.read(bytes, false);
        } catch (IllegalArgumentException e) {
            throw new ParametersMissingException("verifying key " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    /** BLAKE2b-512 of the data, first 16 bytes in lower-case hex (the manifest digest). */
    public static String digest(byte[] data) {
        Blake2bDigest d = new Blake2bDigest(512);
        d.update(data, 0, data.length);
        byte[] out = new byte[64];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out, 0, 16);
    }

    private JsonNode manifest() {
        JsonNode m = manifest;
        if (m == null) {
            synchronized (this) {
                if (manifest == null) {
                    try {
                        manifest = new ObjectMapper().readTree(manifestPath.toFile());
                    } catch (IOException e) {
                        throw new ParametersMissingException("cannot read parameter manifest " + manifestPath
                                + " (set " + MANIFEST_PROPERTY + " or FIL_PROOFS_PARAMETER_MANIFEST): " + e.getMessage(), e);
                    }
                }
                m = manifest;
            }
        }
        return m;
    }
}
