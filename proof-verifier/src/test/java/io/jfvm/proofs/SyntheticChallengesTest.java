package io.jfvm.proofs;

import io.jfvm.proofs.porep.SyntheticChallenges;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hard-coded vector of rust-fil-proofs storage-proofs-porep challenges.rs
 * (test_synth_challenges_against_hardcoded): 2^10 nodes, replica_id = Fr(55), comm_r = Fr(101),
 * 21 synthetic challenges, 10 PoRep challenges for randomness [1; 32].
 */
class SyntheticChallengesTest {
    private static byte[] fr(int v) {
        byte[] b = new byte[32];
        b[0] = (byte) v;
        return b;
    }

    @Test
    void reproducesTheUpstreamHardCodedChallenges() {
        SyntheticChallenges s = new SyntheticChallenges(1 << 10, fr(55), fr(101), 21);
        long[] synth = new long[21];
        for (int i = 0; i < 21; i++) {
            synth[i] = s.synthetic(i);
        }
        assertArrayEquals(new long[] {178, 297, 869, 211, 875, 477, 94, 781, 124, 332, 856, 801, 176, 692, 429, 691,
            290, 204, 986, 210, 973}, synth);
        byte[] rand = new byte[32];
        Arrays.fill(rand, (byte) 1);
        assertArrayEquals(new long[] {176, 781, 801, 986, 290, 211, 692, 856, 986, 332}, s.partition(10, rand, 0));
        // partition k continues the selection stream where partition k-1 stopped
        long[] first = s.partition(5, rand, 0);
        long[] second = s.partition(5, rand, 1);
        assertEquals(801, first[2]);
        assertEquals(211, second[0]);
    }
}
