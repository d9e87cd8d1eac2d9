package io.jfvm.proofs.aggregate;

import io.jfvm.proofs.bls12381.Encoding;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.G2;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A SnarkPack aggregate of Groth16 proofs in bellperson's byte layout (proofs.md §C7):
 * com_ab (2 GT), com_c (2 GT), ip_ab (GT), agg_c (G1), then the TIPP/MIPP proof: nproofs (u32 LE),
 * then its four per-round vectors one after the other (log2 nproofs entries each, no length
 * prefix): comms_ab (2×2 GT per round), comms_c (2×2 GT), z_ab (2 GT), z_c (2 G1); then final_a (G1), final_b (G2), final_c (G1), final_vkey (2 G2), final_wkey (2 G1), and the KZG
 * openings vkey_opening (2 G2) and wkey_opening (2 G1). Points are compressed; GT elements are
 * compressed F_p^12 elements of 288 bytes, kept here as bytes (decompressing them is part of the
 * verifier, which needs the SRS). Sizes: 2,260 + 2,976·log2(nproofs) bytes.
 */
public final class AggregateProof {
    public static final int GT_SIZE = 288;
    private static final int G1_SIZE = 48;
    private static final int G2_SIZE = 96;
    private static final int ROUND_SIZE = 10 * GT_SIZE + 2 * G1_SIZE;

    public final int nproofs;
    public final List<byte[]> gtElements;
    public final List<G1> g1Points;
    public final List<G2> g2Points;
    private final byte[] encoded;

    private AggregateProof(int nproofs, List<byte[]> gt, List<G1> g1, List<G2> g2, byte[] encoded) {
        this.nproofs = nproofs;
        this.gtElements = gt;
        this.g1Points = g1;
        this.g2Points = g2;
        this.encoded = encoded;
    }

    public int rounds() {
        return Integer.numberOfTrailingZeros(nproofs);
    }

    public static int expectedSize(int nproofs) {
        return 2260 + ROUND_SIZE * Integer.numberOfTrailingZeros(nproofs);
    }

    /** Parses and checks the layout and every curve point (on the curve and in its subgroup). */
    public static AggregateProof read(byte[] b) {
        Reader r = new Reader(b);
        List<byte[]> gt = new ArrayList<>();
        List<G1> g1 = new ArrayList<>();
        List<G2> g2 = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            gt.add(r.gt());
        }
        g1.add(r.g1());
        int n = r.u32le();
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("aggregate proof: nproofs " + n + " is not a power of two > 1");
        }
        if (b.length != expectedSize(n)) {
            throw new IllegalArgumentException("aggregate proof of " + n + " proofs must be " + expectedSize(n)
                    + " bytes, got " + b.length);
        }
        int rounds = Integer.numberOfTrailingZeros(n);
        for (int i = 0; i < rounds * 10; i++) {
            gt.add(r.gt());          // comms_ab, comms_c, z_ab
        }
        for (int i = 0; i < rounds * 2; i++) {
            g1.add(r.g1());          // z_c
        }
        g1.add(r.g1());          // final_a
        g2.add(r.g2());          // final_b
        g1.add(r.g1());          // final_c
        g2.add(r.g2());          // final_vkey
        g2.add(r.g2());
        g1.add(r.g1());          // final_wkey
        g1.add(r.g1());
        g2.add(r.g2());          // vkey_opening
        g2.add(r.g2());
        g1.add(r.g1());          // wkey_opening
        g1.add(r.g1());
        if (r.off != b.length) {
            throw new IllegalArgumentException("aggregate proof: trailing bytes");
        }
        return new AggregateProof(n, gt, g1, g2, b.clone());
    }

    /** Re-encodes the parsed elements in the same layout. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int gi = 0;
        int p1 = 0;
        int p2 = 0;
        for (int i = 0; i < 5; i++) {
            out.writeBytes(gtElements.get(gi++));
        }
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        out.writeBytes(new byte[] {(byte) nproofs, (byte) (nproofs >>> 8), (byte) (nproofs >>> 16), (byte) (nproofs >>> 24)});
        for (int i = 0; i < rounds() * 10; i++) {
            out.writeBytes(gtElements.get(gi++));
        }
        for (int i = 0; i < rounds() * 2; i++) {
            out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        }
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        out.writeBytes(Encoding.g2Compressed(g2Points.get(p2++)));
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        out.writeBytes(Encoding.g2Compressed(g2Points.get(p2++)));
        out.writeBytes(Encoding.g2Compressed(g2Points.get(p2++)));
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        out.writeBytes(Encoding.g2Compressed(g2Points.get(p2++)));
        out.writeBytes(Encoding.g2Compressed(g2Points.get(p2++)));
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        out.writeBytes(Encoding.g1Compressed(g1Points.get(p1++)));
        return out.toByteArray();
    }

    public byte[] originalBytes() {
        return encoded.clone();
    }

    private static final class Reader {
        final byte[] b;
        int off;

        Reader(byte[] b) {
            this.b = b;
        }

        private void need(int n) {
            if (b.length - off < n) {
                throw new IllegalArgumentException("aggregate proof truncated at byte " + off);
            }
        }

        byte[] gt() {
            need(GT_SIZE);
            byte[] x = Arrays.copyOfRange(b, off, off + GT_SIZE);
            off += GT_SIZE;
            return x;
        }

        G1 g1() {
            need(G1_SIZE);
            G1 p = Encoding.g1FromCompressed(b, off);
            if (!p.isInSubgroup()) {
                throw new IllegalArgumentException("aggregate proof: G1 point at byte " + off + " is not in G1");
            }
            off += G1_SIZE;
            return p;
        }

        G2 g2() {
            need(G2_SIZE);
            G2 p = Encoding.g2FromCompressed(b, off);
            if (!p.isInSubgroup()) {
                throw new IllegalArgumentException("aggregate proof: G2 point at byte " + off + " is not in G2");
            }
            off += G2_SIZE;
            return p;
        }

        int u32le() {
            need(4);
            int v = (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
            off += 4;
            return v;
        }
    }
}
