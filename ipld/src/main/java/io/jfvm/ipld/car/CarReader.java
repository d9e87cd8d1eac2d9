package io.jfvm.ipld.car;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.Varint;
import io.jfvm.ipld.cbor.CborMap;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams a CARv1 file: a varint-framed DAG-CBOR header {@code {roots, version: 1}} followed by
 * {@code varint(len) CID data} sections. Gzip-compressed input is detected by its magic bytes. Each block's hash
 * is checked against its CID, so a reader never hands out a block whose content does not match.
 * Offsets in errors are positions in the (decompressed) CAR stream.
 */
public final class CarReader implements Closeable {
    /** Upper bound for one section; ref-fvm's block limit is 1 MiB and the largest bundle module is ~1.5 MB. */
    public static final int MAX_SECTION_LENGTH = 32 << 20;

    private final InputStream in;
    private final List<Cid> roots;
    private long offset;

    private CarReader(InputStream in) throws IOException {
        this.in = in;
        this.roots = readHeader();
    }

    /** Opens a CAR stream, plain or gzip-compressed. The stream is closed with the reader. */
    public static CarReader open(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
        return new CarReader(in);
    }

    /** The header's root CIDs. */
    public List<Cid> roots() {
        return roots;
    }

    private List<Cid> readHeader() throws IOException {
        byte[] header = readSection("header");
        if (header == null) {
            throw IpldException.at(0, "CAR: empty input, no header");
        }
        CborValue v;
        try {
            v = DagCbor.decode(header);
        } catch (IpldException e) {
            throw new IpldException("CAR header (section at offset 0): " + e.getMessage(), e);
        }
        if (!(v instanceof CborMap map)) {
            throw new IpldException("CAR header is not a map but " + v.kind());
        }
        long version = map.require("version").asLong();
        if (version != 1) {
            throw new IpldException("unsupported CAR version " + version + " (only CARv1 is supported)");
        }
        List<Cid> out = new ArrayList<>();
        for (CborValue r : map.require("roots").asList()) {
            out.add(r.asCid());
        }
        return List.copyOf(out);
    }

    /** Reads the next section's payload, or null at a clean end of stream. */
    private byte[] readSection(String what) throws IOException {
        long start = offset;
        Varint.Decoded len = Varint.read(in, offset);
        if (len == null) {
            return null;
        }
        offset += len.length();
        if (len.value() < 0 || len.value() > MAX_SECTION_LENGTH) {
            throw IpldException.at(start, "CAR: " + what + " length " + Long.toUnsignedString(len.value()) + " exceeds "
                    + MAX_SECTION_LENGTH);
        }
        int n = (int) len.value();
        byte[] data = in.readNBytes(n);
        if (data.length != n) {
            throw IpldException.at(offset + data.length, "CAR: truncated " + what + ": expected " + n + " bytes, got " + data.length);
        }
        offset += n;
        return data;
    }

    /** The next block, or null at the end of the file. */
    public Block next() throws IOException {
        long start = offset;
        byte[] section = readSection("block section");
        if (section == null) {
            return null;
        }
        long dataStart = start + Varint.length(section.length);
        Cid.Parsed p = Cid.parse(section, 0, dataStart);
        byte[] data = Arrays.copyOfRange(section, p.length(), section.length);
        Cid cid = p.cid();
        if (!Multihash.isComputable(cid.multihash().code())) {
            throw IpldException.at(start, "CAR: cannot verify block " + cid + " hashed with "
                    + Multihash.name(cid.multihash().code()));
        }
        Block block = new Block(cid, data);
        if (!block.verifies()) {
            throw IpldException.at(start, "CAR: block content does not match its CID " + cid);
        }
        return block;
    }

    /** Calls {@code sink} for every remaining block. */
    public void forEach(Consumer<Block> sink) throws IOException {
        for (Block b = next(); b != null; b = next()) {
            sink.accept(b);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
