package io.jfvm.compiler.cache;

import io.jfvm.compiler.WasmCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fingerprint of the compiler's own code, for cache keys. A hand-maintained version number would be
 * forgotten when code generation or the support library changes and stale entries would then be trusted;
 * hashing the compiler's class files (its jar, or its classes directory in a development build) cannot be
 * forgotten. A rebuild that changes nothing but jar timestamps costs one recompilation per module, which is
 * the safe direction.
 */
public final class CompilerVersion {
    private static final System.Logger LOG = System.getLogger(CompilerVersion.class.getName());

    private CompilerVersion() {}

    /** The fingerprint of the running compiler, computed once per process. */
    public static String current() {
        return Holder.VERSION;
    }

    private static final class Holder {
        static final String VERSION = compute();
    }

    private static String compute() {
        CodeSource source = WasmCompiler.class.getProtectionDomain().getCodeSource();
        try {
            if (source != null && source.getLocation() != null) {
                Path location = Path.of(source.getLocation().toURI());
                return Files.isDirectory(location) ? hashClassesDirectory(location) : hashFile(location);
            }
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot fingerprint the compiler's code; disk cache entries will not be reused", e);
        }
        // Without a fingerprint nothing on disk can be trusted: a per-process value makes every entry a miss.
        return "unknown-" + UUID.randomUUID();
    }

    private static String hashFile(Path jar) throws IOException {
        MessageDigest md = CacheKey.sha256();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return "jar-" + HexFormat.of().formatHex(md.digest());
    }

    /** Hashes every class file's relative path and contents, in a fixed (sorted) order. */
    private static String hashClassesDirectory(Path root) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        MessageDigest md = CacheKey.sha256();
        for (Path p : classes) {
            md.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(p));
        }
        return "classes-" + HexFormat.of().formatHex(md.digest());
    }
}
