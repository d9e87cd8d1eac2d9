package io.jfvm.proofs.porep;

import io.jfvm.proofs.ApiVersion;
import io.jfvm.proofs.Hashes;

import java.nio.charset.StandardCharsets;

/**
 * The eight expander parents of a node (rust-fil-proofs StackedBucketGraph.correspondent): parent i
 * is permute(node·8 + i) / 8, where permute is a 3-round Feistel network over BLAKE2b-512 keyed by
 * SHA-256("Filecoin_Feistel" ‖ porep_id), cycle-walked into [0, nodes·8). V1_0_0 truncates the
 * permuted value to 32 bits before dividing (a legacy {@code as u32}).
 */
public final class ExpanderParents {
    public static final int DEGREE = 8;
    private static final int ROUNDS = 3;

    private final long[] keys = new long[ROUNDS];
    private final long domain;
    private final int halfBits;
    private final long rightMask;
    private final long leftMask;
    private final ApiVersion api;

    public ExpanderParents(byte[] porepId, long nodes, ApiVersion api) {
        byte[] h = Hashes.sha256("Filecoin_Feistel".getBytes(StandardCharsets.US_ASCII), porepId);
        for (int i = 0; i < ROUNDS; i++) {
            keys[i] = Hashes.readU64Le(h, 8 * i);
        }
        this.domain = nodes * DEGREE;
        int log4 = 1;
        while (log4 < 31 && (1L << (2 * log4)) < domain) {
            log4++;
        }
        this.halfBits = log4;
        this.rightMask = (1L << halfBits) - 1;
        this.leftMask = rightMask << halfBits;
        this.api = api;
    }

    public long[] parents(long node) {
        long[] out = new long[DEGREE];
        for (int i = 0; i < DEGREE; i++) {
            long permuted = permute(node * DEGREE + i);
            if (api == ApiVersion.V1_0_0) {
                permuted &= 0xffffffffL;
            }
            out[i] = permuted / DEGREE;
        }
        return out;
    }

    long permute(long x) {
        long u = encode(x);
        while (u >= domain) {
            u = encode(u);
        }
        return u;
    }

    private long encode(long x) {
        long left = (x & leftMask) >>> halfBits;
        long right = x & rightMask;
        for (long key : keys) {
            long f = Hashes.readU64Be(Hashes.blake2b512(Hashes.u64Be(right), Hashes.u64Be(key)), 0) & rightMask;
            long newRight = left ^ f;
            left = right;
            right = newRight;
        }
        return (left << halfBits) | right;
    }
}
