package io.jfvm.proofs.bls12381;

import java.math.BigInteger;

/** Parameters of BLS12-381 shared by G1, G2 and the pairing. */
public final class Curve {
    private Curve() {
    }

    /** The curve parameter z (often called x or u): -0xd201000000010000. */
    public static final BigInteger Z = new BigInteger("-d201000000010000", 16);
    /** |z|, the Miller loop length. */
    public static final BigInteger Z_ABS = Z.negate();
    /** |z| as 64 unsigned bits (the top bit is set), for loops over its binary expansion. */
    static final long Z_ABS_BITS = Z_ABS.longValue();
    /** r, the prime order of G1, G2 and GT; also the modulus of the scalar field Fr. */
    public static final BigInteger R = new BigInteger(
            "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);
}
