package io.jfvm.compiler.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a compiled module depends on: the module's bytes (by SHA-256), the compiler that compiled it and the
 * options it was compiled with. Equal keys mean interchangeable compiled modules.
 *
 * @param moduleSha256 hex SHA-256 of the wasm bytes
 * @param compilerVersion fingerprint of the compiler's code ({@link CompilerVersion#current()})
 * @param options {@link io.jfvm.compiler.CompileOptions#cacheKey()}
 */
public record CacheKey(String moduleSha256, String compilerVersion, String options) {

    public static CacheKey of(byte[] wasm, String compilerVersion, String options) {
        return new CacheKey(sha256Hex(wasm), compilerVersion, options);
    }

    /** The whole key as one string; it is stored in each disk entry and compared on load. */
    public String text() {
        return "module=" + moduleSha256 + "\ncompiler=" + compilerVersion + "\noptions=" + options;
    }

    /** A file name for the entry: the hash of the whole key, so that any part of it changing gives a new file. */
    public String fileName() {
        return sha256Hex(text().getBytes(StandardCharsets.UTF_8)) + ".jfvmc";
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
