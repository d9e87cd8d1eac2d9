package io.jfvm.compiler.robustness;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Deterministic byte-level mutations of a wasm module, chosen to reach the parser's weak spots: flipped bits,
 * boundary byte values, LEB128 numbers replaced by huge ones (vector counts, sizes, indices), inserted,
 * deleted and duplicated ranges, and truncation.
 */
final class Mutator {
    /** Interesting single bytes: zero, LEB continuation boundaries, section/opcode extremes. */
    private static final int[] BOUNDARY_BYTES = {0x00, 0x01, 0x0B, 0x40, 0x60, 0x70, 0x7F, 0x80, 0xFC, 0xFF};
    /** Five-byte LEB128 numbers at or near the unsigned 32-bit limit, and an over-long (six-byte) one. */
    private static final byte[][] HUGE_LEBS = {
        {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F},
        {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07},
        {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08},
        {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x3F},
        {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x00},
    };
    /** The 8-byte header is left alone by most mutations, which would otherwise mostly test the magic check. */
    private static final int HEADER = 8;

    private Mutator() {}

    /** A mutation of {@code module}, fully determined by {@code seed}; one to three operations are applied. */
    static byte[] mutate(byte[] module, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] b = module;
        int operations = 1 + random.nextInt(3);
        for (int i = 0; i < operations && b.length > HEADER; i++) {
            b = apply(b, random);
        }
        return b;
    }

    private static byte[] apply(byte[] in, SplittableRandom random) {
        byte[] b = in.clone();
        int pos = HEADER + random.nextInt(b.length - HEADER);
        switch (random.nextInt(7)) {
            case 0 -> b[pos] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[pos] = (byte) BOUNDARY_BYTES[random.nextInt(BOUNDARY_BYTES.length)];
            case 2 -> {
                byte[] leb = HUGE_LEBS[random.nextInt(HUGE_LEBS.length)];
                System.arraycopy(leb, 0, b, pos, Math.min(leb.length, b.length - pos));
            }
            case 3 -> b = insert(b, pos, randomBytes(random, 1 + random.nextInt(8)));
            case 4 -> b = delete(b, pos, 1 + random.nextInt(Math.min(64, b.length - pos)));
            case 5 -> {
                int length = 1 + random.nextInt(Math.min(64, b.length - pos));
                b = insert(b, HEADER + random.nextInt(b.length - HEADER), Arrays.copyOfRange(b, pos, pos + length));
            }
            default -> b = Arrays.copyOf(b, random.nextInt(b.length));
        }
        return b;
    }

    /** {@code module} cut at a point determined by {@code seed}, anywhere including inside the header. */
    static byte[] truncate(byte[] module, long seed) {
        return Arrays.copyOf(module, new SplittableRandom(seed).nextInt(module.length));
    }

    private static byte[] randomBytes(SplittableRandom random, int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] insert(byte[] b, int pos, byte[] extra) {
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(extra, 0, out, pos, extra.length);
        System.arraycopy(b, pos, out, pos + extra.length, b.length - pos);
        return out;
    }

    private static byte[] delete(byte[] b, int pos, int length) {
        byte[] out = new byte[b.length - length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(b, pos + length, out, pos, b.length - pos - length);
        return out;
    }
}
