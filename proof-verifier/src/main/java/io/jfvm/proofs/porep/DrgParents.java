package io.jfvm.proofs.porep;

import io.jfvm.proofs.ApiVersion;
import io.jfvm.proofs.Hashes;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The six DRG ("base") parents of a node in the stacked DRG (rust-fil-proofs BucketGraph, degree 6).
 *
 * <p>Each node seeds a ChaCha8 stream with 28 bytes of SHA-256("Filecoin_DRSample" ‖ porep_id) and
 * the node index; five parents are sampled from distance buckets of a meta-graph of node·5 nodes,
 * and the sixth is the node's predecessor. V1_0_0 puts the predecessor last, later versions first.
 * rand_chacha's ChaCha8Rng has a 64-bit block counter and 64-bit stream id, which is exactly the
 * original ChaCha layout of Bouncy Castle's ChaChaEngine with a zero 8-byte IV.
 */
public final class DrgParents {
    public static final int DEGREE = 6;
    private static final int M_PRIME = DEGREE - 1;

    private final byte[] seed28;
    private final ApiVersion api;

    public DrgParents(byte[] porepId, ApiVersion api) {
        byte[] h = Hashes.sha256("Filecoin_DRSample".getBytes(StandardCharsets.US_ASCII), porepId);
        this.seed28 = Arrays.copyOf(h, 28);
        this.api = api;
    }

    public long[] parents(long node) {
        long[] out = new long[DEGREE];
        if (node <= 1) {
            return out;
        }
        long[] sampled = sample(node);
        if (api == ApiVersion.V1_0_0) {
            System.arraycopy(sampled, 0, out, 0, M_PRIME);
            out[M_PRIME] = node - 1;
        } else {
            out[0] = node - 1;
            System.arraycopy(sampled, 0, out, 1, M_PRIME);
        }
        return out;
    }

    private long[] sample(long node) {
        byte[] key = Arrays.copyOf(seed28, 32);
        System.arraycopy(Hashes.u32Le((int) node), 0, key, 28, 4);
        ChaChaEngine chacha = new ChaChaEngine(8);
        chacha.init(true, new ParametersWithIV(new KeyParameter(key), new byte[8]));
        // 5 parents × 2 draws × 8 bytes = 80 bytes of keystream
        byte[] stream = new byte[80];
        chacha.processBytes(new byte[80], 0, 80, stream, 0);
        long meta = node * M_PRIME;
        long nBuckets = ceilLog2(meta);
        long[] out = new long[M_PRIME];
        for (int k = 0; k < M_PRIME; k++) {
            long r1 = Hashes.readU64Le(stream, 16 * k);
            long r2 = Hashes.readU64Le(stream, 16 * k + 8);
            long bucket = Long.remainderUnsigned(r1, nBuckets) + 1;
            long largest = Math.min(meta, 1L << bucket);
            long smallest = Math.max(2, largest >>> 1);
            long distance = smallest + Long.remainderUnsigned(r2, largest - smallest + 1);
            long parent = (meta - distance) / M_PRIME;
            out[k] = parent == node ? node - 1 : parent;
        }
        return out;
    }

    /** Exact ceil(log2(x)) for x ≥ 1. */
    static long ceilLog2(long x) {
        return 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
