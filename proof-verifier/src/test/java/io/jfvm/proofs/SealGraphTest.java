package io.jfvm.proofs;

import io.jfvm.proofs.porep.SealPublicInputs;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The v27 32GiB seal proofs carry, for 18 challenges per partition, the challenge and its 6 DRG and
 * 8 expander parents (proofs.md §C5). porep_id [3, 0, …] (StackedDrg32GiBV1), api V1_0_0.
 */
class SealGraphTest {
    @Test
    void reproducesAll180ChallengeParentBlocks() {
        PrfFile seal = PrfFile.batch(SharedData.read(SharedData.v27().resolve("fil-blst/seal32_x10.prf")));
        SealPublicInputs gen = new SealPublicInputs(SealProofType.of(3));
        int matched = 0;
        int total = 0;
        for (List<BigInteger> x : seal.inputs) {
            assertEquals(327, x.size());
            for (int c = 0; c < 18; c++) {
                int base = 3 + 18 * c;
                long challenge = x.get(base).longValueExact();
                List<BigInteger> expected = new ArrayList<>();
                gen.addChallenge(expected, challenge);
                total++;
                if (expected.equals(x.subList(base, base + 18))) {
                    matched++;
                }
            }
        }
        System.out.printf("seal graph: %d/%d challenge parent blocks reproduced%n", matched, total);
        assertEquals(180, total);
        assertEquals(180, matched);
    }

    @Test
    void apiV1_1PutsThePredecessorFirst() {
        SealPublicInputs v10 = new SealPublicInputs(SealProofType.of(3));
        SealPublicInputs v11 = new SealPublicInputs(SealProofType.of(8));
        long node = 656_705_143L;
        long[] a = v10.drgParents(node);
        assertEquals(node - 1, a[5]);
        assertEquals(node - 1, v11.drgParents(node)[0]);
        // different porep ids seed different graphs
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(v11.drgParents(node)));
        long[] zero = v10.drgParents(1);
        assertArrayEquals(new long[6], zero);
    }

    @Test
    void replicaIdIsReprSafeAndChallengesAreNeverNodeZero() {
        SealPublicInputs gen = new SealPublicInputs(SealProofType.of(5));
        byte[] rid = SealPublicInputs.replicaId(Hashes.proverId(1000), 1, new byte[32], new byte[32],
                SealProofType.of(5).porepId());
        assertEquals(0, rid[31] & 0xc0);
        for (long c : gen.challenges(rid, new byte[32], 0)) {
            org.junit.jupiter.api.Assertions.assertTrue(c >= 1 && c < 64);
        }
    }
}
