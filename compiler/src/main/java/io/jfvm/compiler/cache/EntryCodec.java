package io.jfvm.compiler.cache;

import io.jfvm.compiler.codegen.GeneratedModule;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file format of a disk cache entry. A header says what the entry is and lets a reader reject anything
 * damaged before trusting a byte of it:
 *
 * <pre>
 * magic "JFVMCMOD" | format version (u32) | key text (u32 length + UTF-8) | payload length (u32)
 *   | SHA-256 of the payload (32 bytes) | payload
 * payload: main class | functions, JVM methods, largest method bytes, methods over the huge limit (u32 each)
 *   | class count, then per class: name, bytes | shape bytes | global intrinsic count, then index (u32), name
 * </pre>
 *
 * Strings and byte arrays are length-prefixed; numbers are big-endian. The key is compared in full, so a file
 * left by another compiler version or for other options is never taken for this one.
 */
final class EntryCodec {
    /** Bump when the layout changes; older entries are then rejected and recompiled. */
    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "JFVMCMOD".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;

    private EntryCodec() {}

    static byte[] write(CacheKey key, CacheEntry entry) {
        byte[] payload = payload(entry);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            writeString(out, key.text());
            out.writeInt(payload.length);
            out.write(CacheKey.sha256().digest(payload));
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] payload(CacheEntry entry) {
        GeneratedModule g = entry.generated();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeString(out, g.mainClass());
            out.writeInt(g.functions());
            out.writeInt(g.jvmMethods());
            out.writeInt(g.largestMethodBytes());
            out.writeInt(g.methodsOverHugeLimit());
            // Sorted, so that equal entries are equal files.
            Map<String, byte[]> classes = new TreeMap<>(g.classes());
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                writeString(out, c.getKey());
                writeBytes(out, c.getValue());
            }
            writeBytes(out, entry.shape());
            Map<Integer, String> intrinsics = new TreeMap<>(entry.globalIntrinsics());
            out.writeInt(intrinsics.size());
            for (Map.Entry<Integer, String> i : intrinsics.entrySet()) {
                out.writeInt(i.getKey());
                writeString(out, i.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads an entry written for {@code key}; anything else, or anything damaged, is rejected. */
    static CacheEntry read(byte[] file, CacheKey key) throws CorruptEntryException {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CorruptEntryException("not a jfvm cache entry");
            }
            int format = in.getInt();
            if (format != FORMAT_VERSION) {
                throw new CorruptEntryException("entry format " + format + ", expected " + FORMAT_VERSION);
            }
            String storedKey = readString(in);
            if (!storedKey.equals(key.text())) {
                throw new CorruptEntryException("entry is for another key: " + storedKey.replace('\n', ' '));
            }
            int payloadLength = in.getInt();
            byte[] digest = new byte[DIGEST_BYTES];
            in.get(digest);
            if (payloadLength != in.remaining()) {
                throw new CorruptEntryException("payload of " + in.remaining() + " bytes, header says "
                        + payloadLength);
            }
            byte[] payload = new byte[payloadLength];
            in.get(payload);
            if (!MessageDigest.isEqual(digest, CacheKey.sha256().digest(payload))) {
                throw new CorruptEntryException("payload checksum mismatch");
            }
            return readPayload(ByteBuffer.wrap(payload));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new CorruptEntryException("truncated or inconsistent entry", e);
        }
    }

    private static CacheEntry readPayload(ByteBuffer in) throws CorruptEntryException {
        String mainClass = readString(in);
        int functions = in.getInt();
        int jvmMethods = in.getInt();
        int largestMethodBytes = in.getInt();
        int methodsOverHugeLimit = in.getInt();
        int classCount = count(in);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int i = 0; i < classCount; i++) {
            classes.put(readString(in), readBytes(in));
        }
        byte[] shape = readBytes(in);
        int intrinsicCount = count(in);
        Map<Integer, String> intrinsics = new TreeMap<>();
        for (int i = 0; i < intrinsicCount; i++) {
            intrinsics.put(in.getInt(), readString(in));
        }
        if (in.hasRemaining()) {
            throw new CorruptEntryException(in.remaining() + " bytes after the payload");
        }
        if (!classes.containsKey(mainClass)) {
            throw new CorruptEntryException("main class " + mainClass + " missing");
        }
        return new CacheEntry(new GeneratedModule(mainClass, classes, functions, jvmMethods, largestMethodBytes,
                methodsOverHugeLimit), shape, intrinsics);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(ByteBuffer in) {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A length-prefixed byte array; the length is checked against what is left before allocating. */
    private static byte[] readBytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("length " + length + " exceeds the " + in.remaining()
                    + " bytes left");
        }
        byte[] b = new byte[length];
        in.get(b);
        return b;
    }

    /** A count of following items, each at least 4 bytes long, so that it cannot exceed what is left / 4. */
    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / 4) {
            throw new IllegalArgumentException("count " + n + " exceeds what is left");
        }
        return n;
    }
}
