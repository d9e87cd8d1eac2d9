package io.jfvm.compiler.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal CARv1 block reader for tests, so that the compiler's tests need not depend on the ipld module:
 * {@code varint(len) header}, then blocks {@code varint(len) || CID || data}. Only CIDv1 is needed (bundles
 * contain nothing else); the raw blocks (codec 0x55) of a builtin-actors bundle are the actors' wasm modules.
 */
public final class CarBlocks {
    private static final int CODEC_RAW = 0x55;

    private CarBlocks() {}

    /** One block: its CID's codec and multihash digest (for naming), and its data. */
    public record Block(int codec, byte[] digest, byte[] data) {
        public String shortId() {
            StringBuilder sb = new StringBuilder();
            for (int i = digest.length - 6; i < digest.length; i++) {
                sb.append(String.format("%02x", digest[i]));
            }
            return sb.toString();
        }
    }

    /** The data of every raw block of the CAR file: for an actors bundle, the actor modules in file order. */
    public static List<Block> rawBlocks(Path car) throws IOException {
        List<Block> raw = new ArrayList<>();
        for (Block b : blocks(Files.readAllBytes(car))) {
            if (b.codec() == CODEC_RAW) {
                raw.add(b);
            }
        }
        return raw;
    }

    static List<Block> blocks(byte[] car) {
        Reader r = new Reader(car);
        int headerLength = (int) r.varint();
        r.pos += headerLength;
        List<Block> blocks = new ArrayList<>();
        while (r.pos < car.length) {
            int length = (int) r.varint();
            int end = r.pos + length;
            long version = r.varint();
            if (version != 1) {
                throw new IllegalArgumentException("only CIDv1 blocks are supported, found version " + version);
            }
            int codec = (int) r.varint();
            r.varint(); // multihash function
            int digestLength = (int) r.varint();
            byte[] digest = r.bytes(digestLength);
            blocks.add(new Block(codec, digest, r.bytes(end - r.pos)));
        }
        return blocks;
    }

    private static final class Reader {
        private final byte[] data;
        private int pos;

        Reader(byte[] data) {
            this.data = data;
        }

        long varint() {
            long result = 0;
            int shift = 0;
            int b;
            do {
                b = data[pos++] & 0xFF;
                result |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return result;
        }

        byte[] bytes(int n) {
            byte[] out = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }
    }
}
