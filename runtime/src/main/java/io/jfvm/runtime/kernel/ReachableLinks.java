package io.jfvm.runtime.kernel;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.WatermelonPriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.OutOfGas;
import io.jfvm.ipld.types.SyscallError;
import java.util.ArrayList;
import java.util.List;

/**
 * FVM v4's scan for reachable links (FIP-0071; ref-fvm {@code fvm/src/ipld/mod.rs} and {@code ipld/cbor.rs},
 * {@code fvm-v4-deltas.md} §6.2): the CIDs a block links to, which become reachable when the block is opened or
 * received, and which must already be reachable when an actor creates it.
 *
 * <p>Only DAG-CBOR is parsed; CBOR and RAW have no links; any other codec is IllegalCodec. The DAG-CBOR walk counts
 * the items still to read, charging {@code ipld_cbor_scan_per_field} for each header and
 * {@code ipld_cbor_scan_per_cid} for each tag-42 CID, against the gas available when the scan starts. Malformed
 * input is Serialization. A CID of a FIL commitment codec is ignored; one of another codec than CBOR, DAG-CBOR or RAW,
 * or whose hash is not a 32-byte blake2b-256, is NotFound; an identity-hashed CID is scanned in turn and is not a
 * link itself. The scan charges what it used as one {@code OnScanIpldLinks} when it ends, successfully or not, and
 * running out charges everything that was available.
 */
final class ReachableLinks {
    private static final long TAG_CID = 42;

    private final long perField;
    private final long perCid;
    private final long available;
    private long remainingGas;
    private final List<Cid> links = new ArrayList<>();

    private ReachableLinks(WatermelonPriceList prices, long available) {
        this.perField = prices.scanFieldMilligas();
        this.perCid = prices.scanCidMilligas();
        this.available = available;
        this.remainingGas = available;
    }

    /** The links of a block of {@code codec} with {@code data}, charged to {@code gas}. */
    static List<Cid> scan(long codec, byte[] data, WatermelonPriceList prices, GasTracker gas) {
        ReachableLinks s = new ReachableLinks(prices, Math.max(0, gas.available()));
        try {
            s.scanCodec(codec, data);
        } finally {
            gas.charge("OnScanIpldLinks", s.available - s.remainingGas);
        }
        return s.links;
    }

    private void charge(long milligas) {
        if (remainingGas < milligas) {
            remainingGas = 0;
            throw new OutOfGas("OnScanIpldLinks", "out of gas scanning a block for links");
        }
        remainingGas -= milligas;
    }

    private void scanCodec(long codec, byte[] data) {
        if (codec == Multicodec.DAG_CBOR) {
            scanCbor(data);
        } else if (codec != Multicodec.RAW && codec != Multicodec.CBOR) {
            throw SyscallError.of(ErrorNumber.ILLEGAL_CODEC, "codec " + codec + " not allowed");
        }
    }

    /** A CBOR header: major type and argument (u64 bits). */
    private record Header(int major, long argument) {}

    /** A cursor over the bytes being scanned. */
    private static final class Cursor {
        final byte[] data;
        int pos;
        final int end;

        Cursor(byte[] data, int pos, int end) {
            this.data = data;
            this.pos = pos;
            this.end = end;
        }

        int remaining() {
            return end - pos;
        }

        Header header() {
            int first = next();
            int low = first & 0x1f;
            long value = switch (low) {
                case 24 -> bigEndian(1);
                case 25 -> bigEndian(2);
                case 26 -> bigEndian(4);
                case 27 -> bigEndian(8);
                default -> {
                    if (low > 27) {
                        throw serialization("invalid cbor header");
                    }
                    yield low;
                }
            };
            return new Header(first >>> 5, value);
        }

        private int next() {
            if (pos >= end) {
                throw serialization("invalid cbor header");
            }
            return data[pos++] & 0xff;
        }

        private long bigEndian(int n) {
            if (remaining() < n) {
                throw serialization("invalid cbor header");
            }
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (data[pos++] & 0xff);
            }
            return v;
        }

        /** Skips {@code n} (u64 bits) bytes; Serialization when fewer remain. */
        void skip(long n) {
            if (Long.compareUnsigned(n, remaining()) > 0) {
                throw serialization("unexpected end of cbor stream");
            }
            pos += (int) n;
        }
    }

    private void scanCbor(byte[] data) {
        scanCbor(new Cursor(data, 0, data.length));
    }

    private void scanCbor(Cursor in) {
        long remaining = 1;
        while (remaining != 0) {
            remaining--;
            charge(perField);
            Header h = in.header();
            switch (h.major()) {
                case 0, 1, 7 -> { }
                case 2, 3 -> in.skip(h.argument());
                case 4 -> remaining = checkedAdd(remaining, h.argument());
                case 5 -> {
                    if (Long.compareUnsigned(h.argument(), Long.divideUnsigned(-1L, 2)) > 0) {
                        throw serialization("cbor field count overflow");
                    }
                    remaining = checkedAdd(h.argument() * 2, remaining);
                }
                case 6 -> {
                    if (h.argument() != TAG_CID) {
                        remaining++;
                    } else {
                        charge(perCid);
                        visitCid(readCid(in));
                    }
                }
                default -> throw new IllegalStateException("major type " + h.major());
            }
        }
        if (in.remaining() != 0) {
            throw serialization(in.remaining() + " trailing bytes in CBOR block");
        }
    }

    /** A tag-42 payload: a byte string of a 0x00 prefix followed by a CID that fills it exactly. */
    private static Cid readCid(Cursor in) {
        Header h = in.header();
        if (h.major() != 2) {
            throw serialization("expected cbor type byte string in input");
        }
        if (Long.compareUnsigned(h.argument(), in.remaining()) > 0) {
            throw serialization("unexpected end of cbor stream");
        }
        int len = (int) h.argument();
        if (len < 1 || in.data[in.pos] != 0) {
            throw serialization("DagCBOR CID does not start with a 0x byte");
        }
        int start = in.pos + 1;
        int end = in.pos + len;
        in.pos = end;
        Cid.Parsed parsed;
        try {
            parsed = Cid.parse(java.util.Arrays.copyOfRange(in.data, start, end), 0, 0);
        } catch (RuntimeException e) {
            throw serialization("invalid cid: " + e.getMessage());
        }
        if (parsed.length() != end - start) {
            throw serialization("cid has " + (end - start - parsed.length()) + " trailing bytes");
        }
        return parsed.cid();
    }

    private void visitCid(Cid cid) {
        long codec = cid.codec();
        if (codec == Multicodec.FIL_COMMITMENT_UNSEALED || codec == Multicodec.FIL_COMMITMENT_SEALED) {
            return;
        }
        if (codec != Multicodec.CBOR && codec != Multicodec.DAG_CBOR && codec != Multicodec.RAW) {
            throw SyscallError.of(ErrorNumber.NOT_FOUND, "block links to CID with forbidden codec " + codec);
        }
        Multihash mh = cid.multihash();
        if (mh.code() == Multihash.IDENTITY) {
            byte[] digest = mh.digest();
            if (codec == Multicodec.DAG_CBOR) {
                scanCbor(new Cursor(digest, 0, digest.length));
            }
            return;
        }
        if (mh.code() != Multihash.BLAKE2B_256 || mh.digest().length != 32) {
            throw SyscallError.of(ErrorNumber.NOT_FOUND, "block links to CID with forbidden multihash type (code: "
                    + mh.code() + ", len: " + mh.digest().length + ")");
        }
        links.add(cid);
    }

    private static long checkedAdd(long a, long b) {
        long r = a + b;
        if (Long.compareUnsigned(r, a) < 0) {
            throw serialization("cbor field count overflow");
        }
        return r;
    }

    private static SyscallError serialization(String message) {
        return SyscallError.of(ErrorNumber.SERIALIZATION, message);
    }
}
