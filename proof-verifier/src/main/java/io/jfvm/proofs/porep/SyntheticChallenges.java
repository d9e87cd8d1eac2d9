package io.jfvm.proofs.porep;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Synthetic PoRep challenges (FIP-0059; rust-fil-proofs challenges.rs, module synthetic).
 *
 * <p>A fixed list of min(nodes, 2^18) "synthetic" challenges is the keystream of ChaCha20 (IETF:
 * 96-bit nonce "synth-porep\0", 32-bit block counter from 0) keyed with BLAKE2b-256 keyed by
 * "filecoin.io|PoRep|1|Synthetic|1|Generation" over replica_id ‖ comm_r, cut into 32-byte
 * little-endian integers mapped to (x mod (nodes − 1)) + 1. The PoRep challenges of partition k are
 * the synthetic challenges whose indices are u32 LE words (mod the list length) of a second
 * ChaCha20 stream keyed with "…|Selection" over replica_id ‖ seed, starting at word k·cpp.
 */
public final class SyntheticChallenges {
    public static final int DEFAULT_COUNT = 1 << 18;
    private static final byte[] NONCE = "synth-porep\0".getBytes(StandardCharsets.US_ASCII);

    private final long nodes;
    private final int count;
    private final byte[] replicaId;
    private final byte[] generationKey;

    public SyntheticChallenges(long nodes, byte[] replicaId, byte[] commR, int count) {
        this.nodes = nodes;
        this.count = count;
        this.replicaId = replicaId.clone();
        this.generationKey = key("filecoin.io|PoRep|1|Synthetic|1|Generation", replicaId, commR);
    }

    public static SyntheticChallenges forSector(long nodes, byte[] replicaId, byte[] commR) {
        return new SyntheticChallenges(nodes, replicaId, commR, (int) Math.min(nodes, DEFAULT_COUNT));
    }

    /** The i-th synthetic challenge. */
    public long synthetic(int i) {
        if (i < 0 || i >= count) {
            throw new IllegalArgumentException("synthetic challenge index " + i + " out of range");
        }
        byte[] le = keystream(generationKey, (long) i * 32, 32);
        return toChallenge(le);
    }

    /** The cpp PoRep challenges of partition k for the interactive randomness {@code seed}. */
    public long[] partition(int cpp, byte[] seed, int k) {
        byte[] selectionKey = key("filecoin.io|PoRep|1|Synthetic|1|Selection", replicaId, seed);
        byte[] words = keystream(selectionKey, (long) k * cpp * 4, cpp * 4);
        long[] out = new long[cpp];
        for (int j = 0; j < cpp; j++) {
            long index = (words[4 * j] & 0xffL) | (words[4 * j + 1] & 0xffL) << 8
                    | (words[4 * j + 2] & 0xffL) << 16 | (words[4 * j + 3] & 0xffL) << 24;
            out[j] = synthetic((int) (index % count));
        }
        return out;
    }

    private long toChallenge(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be).mod(BigInteger.valueOf(nodes - 1)).longValue() + 1;
    }

    private static byte[] key(String domain, byte[] a, byte[] b) {
        Blake2bDigest d = new Blake2bDigest(domain.getBytes(StandardCharsets.US_ASCII), 32, null, null);
        d.update(a, 0, a.length);
        d.update(b, 0, b.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    private static byte[] keystream(byte[] key, long offset, int length) {
        ChaCha7539Engine chacha = new ChaCha7539Engine();
        chacha.init(true, new ParametersWithIV(new KeyParameter(key), NONCE));
        chacha.seekTo(offset);
        byte[] out = new byte[length];
        chacha.processBytes(new byte[length], 0, length, out, 0);
        return out;
    }
}
