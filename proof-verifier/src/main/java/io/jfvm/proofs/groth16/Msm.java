package io.jfvm.proofs.groth16;

import io.jfvm.proofs.bls12381.G1;

import java.math.BigInteger;
import java.util.List;

/**
 * Multi-scalar multiplication Σ k_i·P_i over G1 with Pippenger's bucket method: scalars are cut
 * into c-bit digits; per digit position every point is added once into the bucket of its digit,
 * and the buckets are summed with a running sum (2·2^c additions). Cost ≈ (256/c)·(n + 2^(c+1))
 * additions instead of ≈ 384·n for separate double-and-add. The Window PoSt key has 25,840 points.
 */
public final class Msm {
    private Msm() {
    }

    /** Points must be affine (Z = 1) or infinity; scalars non-negative and below 2^256. */
    public static G1 msm(List<G1> points, BigInteger[] scalars) {
        int n = scalars.length;
        if (points.size() < n) {
            throw new IllegalArgumentException("more scalars than points");
        }
        int maxBits = 0;
        long[][] limbs = new long[n][];
        for (int i = 0; i < n; i++) {
            if (scalars[i].signum() < 0 || scalars[i].bitLength() > 256) {
                throw new IllegalArgumentException("scalar out of range");
            }
            maxBits = Math.max(maxBits, scalars[i].bitLength());
            limbs[i] = toLimbs(scalars[i]);
        }
        if (maxBits == 0) {
            return G1.INFINITY;
        }
        int c = n < 32 ? 3 : Math.max(4, (int) Math.round(Math.log(n) / Math.log(2) * 0.69) + 1);
        c = Math.min(c, 16);
        int windows = (maxBits + c - 1) / c;
        G1 result = G1.INFINITY;
        G1[] buckets = new G1[(1 << c) - 1];
        for (int w = windows - 1; w >= 0; w--) {
            for (int k = 0; k < c && !result.isInfinity(); k++) {
                result = result.dbl();
            }
            int nonZero = 0;
            for (int i = 0; i < n; i++) {
                if (digit(limbs[i], w * c, c) != 0) {
                    nonZero++;
                }
            }
            if (nonZero == 0) {
                continue;
            }
            if ((long) nonZero * 2 * c < (2L << c)) {
                // Few digits in this window (typically the high bits of the few full-size inputs):
                // small double-and-add per point is cheaper than summing 2^c buckets.
                for (int i = 0; i < n; i++) {
                    int d = digit(limbs[i], w * c, c);
                    if (d != 0) {
                        result = result.add(points.get(i).mul(BigInteger.valueOf(d)));
                    }
                }
                continue;
            }
            java.util.Arrays.fill(buckets, null);
            for (int i = 0; i < n; i++) {
                int d = digit(limbs[i], w * c, c);
                if (d != 0) {
                    G1 p = points.get(i);
                    buckets[d - 1] = buckets[d - 1] == null ? p : buckets[d - 1].add(p);
                }
            }
            G1 running = G1.INFINITY;
            G1 sum = G1.INFINITY;
            for (int b = buckets.length - 1; b >= 0; b--) {
                if (buckets[b] != null) {
                    running = running.add(buckets[b]);
                }
                sum = sum.add(running);
            }
            result = result.add(sum);
        }
        return result;
    }

    private static long[] toLimbs(BigInteger k) {
        long[] l = new long[5];
        for (int i = 0; i < 4; i++) {
            l[i] = k.shiftRight(64 * i).longValue();
        }
        return l;
    }

    private static int digit(long[] limbs, int bit, int c) {
        int li = bit >>> 6;
        int sh = bit & 63;
        long v = limbs[li] >>> sh;
        if (sh + c > 64) {
            v |= limbs[li + 1] << (64 - sh);
        }
        return (int) (v & ((1L << c) - 1));
    }
}
