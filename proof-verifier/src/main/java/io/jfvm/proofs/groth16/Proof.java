package io.jfvm.proofs.groth16;

import io.jfvm.proofs.bls12381.Encoding;
import io.jfvm.proofs.bls12381.G1;
import io.jfvm.proofs.bls12381.G2;

import java.util.ArrayList;
import java.util.List;

/**
 * A Groth16 proof as bellperson writes it: compressed A (G1, 48 B), B (G2, 96 B), C (G1, 48 B).
 * Decoding checks the curve, the subgroup, and rejects points at infinity (as {@code read_many}).
 */
public final class Proof {
    public static final int SIZE = 192;

    public final G1 a;
    public final G2 b;
    public final G1 c;

    public Proof(G1 a, G2 b, G1 c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    public static Proof read(byte[] bytes, int off) {
        if (bytes.length - off < SIZE) {
            throw new IllegalArgumentException("Groth16 proof needs 192 bytes");
        }
        G1 a = Encoding.g1FromCompressed(bytes, off);
        G2 b = Encoding.g2FromCompressed(bytes, off + 48);
        G1 c = Encoding.g1FromCompressed(bytes, off + 144);
        if (a.isInfinity() || b.isInfinity() || c.isInfinity()) {
            throw new IllegalArgumentException("Groth16 proof: a point is at infinity");
        }
        if (!a.isInSubgroup() || !c.isInSubgroup() || !b.isInSubgroup()) {
            throw new IllegalArgumentException("Groth16 proof: a point is not in its prime-order subgroup");
        }
        return new Proof(a, b, c);
    }

    /** Splits a multi-partition proof; its length must be exactly {@code count} × 192 bytes. */
    public static List<Proof> readMany(byte[] bytes, int count) {
        if (bytes.length != (long) count * SIZE) {
            throw new IllegalArgumentException("proof is " + bytes.length + " bytes, expected " + count + " × 192 = "
                    + (long) count * SIZE);
        }
        List<Proof> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(read(bytes, i * SIZE));
        }
        return out;
    }

    public byte[] toBytes() {
        byte[] out = new byte[SIZE];
        System.arraycopy(Encoding.g1Compressed(a), 0, out, 0, 48);
        System.arraycopy(Encoding.g2Compressed(b), 0, out, 48, 96);
        System.arraycopy(Encoding.g1Compressed(c), 0, out, 144, 48);
        return out;
    }
}
