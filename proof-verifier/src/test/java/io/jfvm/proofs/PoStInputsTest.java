package io.jfvm.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.proofs.post.PoStPublicInputs;
import io.jfvm.proofs.post.PoStPublicInputs.Sector;
import io.jfvm.proofs.update.ReplicaUpdatePublicInputs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import static io.jfvm.proofs.SharedData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PoStInputsTest {
    private static byte[] comm(int i) {
        byte[] c = new byte[32];
        c[0] = (byte) i;
        c[1] = 1;
        return c;
    }

    @Test
    void windowPartitionsArePaddedWithTheLastSector() {
        PoStProofType type = PoStProofType.of(5); // 2KiB window: 2 sectors per partition
        List<Sector> sectors = List.of(new Sector(9, comm(9)), new Sector(3, comm(3)), new Sector(5, comm(5)),
                new Sector(3, comm(3)));
        List<List<BigInteger>> parts = PoStPublicInputs.window(type, new byte[32], sectors);
        assertEquals(2, parts.size(), "3 unique sectors, 2 per partition");
        for (List<BigInteger> p : parts) {
            assertEquals(22, p.size());
        }
        // sorted: 3, 5 | 9, 9(pad)
        assertEquals(Fr.fromLeBytes(comm(3), "c"), parts.get(0).get(0));
        assertEquals(Fr.fromLeBytes(comm(9), "c"), parts.get(1).get(0));
        assertEquals(parts.get(1).subList(0, 11), parts.get(1).subList(11, 22));
        // V1_0_0 numbers challenges globally: sector 9 (index 2) uses indices 20..29
        assertEquals(BigInteger.valueOf(PoStPublicInputs.leaf(new byte[32], 9, 20, 2048)), parts.get(1).get(1));
        // V1_2_0 (type 10) restarts at 0 for every sector
        List<List<BigInteger>> v12 = PoStPublicInputs.window(PoStProofType.of(10), new byte[32], sectors);
        assertEquals(BigInteger.valueOf(PoStPublicInputs.leaf(new byte[32], 9, 0, 2048)), v12.get(1).get(1));
        assertEquals(parts.get(0).subList(0, 11), v12.get(0).subList(0, 11),
                "the first sector (index 0) has the same challenge indices under both versions");
        assertNotEquals(parts.get(0).subList(11, 22), v12.get(0).subList(11, 22), "the second one does not");
    }

    @Test
    void window32GiBHas25839InputsPerPartition() {
        List<List<BigInteger>> parts = PoStPublicInputs.window(PoStProofType.of(8), new byte[32],
                List.of(new Sector(1, comm(1))));
        assertEquals(1, parts.size());
        assertEquals(25_839, parts.get(0).size());
    }

    @Test
    void calibnetVectorGivesTheSameInputsUnderV1AndV1_2() throws IOException {
        JsonNode v = new ObjectMapper().readTree(
                SharedData.proofParams().resolve("test-vectors/calibnet-window-post-32g.json").toFile());
        byte[] randomness = hex(v.get("randomness_hex").asText());
        JsonNode s = v.get("sectors").get(0);
        List<Sector> sectors = List.of(new Sector(s.get("sector_number").asLong(), hex(s.get("comm_r_hex").asText())));
        List<List<BigInteger>> v1 = PoStPublicInputs.window(PoStProofType.of(8), randomness, sectors);
        List<List<BigInteger>> v12 = PoStPublicInputs.window(PoStProofType.of(13), randomness, sectors);
        assertEquals(v1, v12);
        for (int i = 1; i <= 10; i++) {
            long leaf = v1.get(0).get(i).longValueExact();
            org.junit.jupiter.api.Assertions.assertTrue(leaf >= 0 && leaf < (1L << 30));
        }
        assertEquals(s.get("comm_r_cid").asText(),
                io.jfvm.proofs.commd.PieceCid.toBase32String(
                        io.jfvm.proofs.commd.PieceCid.sealedCid(hex(s.get("comm_r_hex").asText()))));
    }

    @Test
    void winningHas132Inputs() {
        List<BigInteger> x = PoStPublicInputs.winning(PoStProofType.of(3), new byte[32], new Sector(7, comm(7)));
        assertEquals(132, x.size());
        assertNotEquals(x.get(1), x.get(3));
    }

    @Test
    void randomnessMustBeACanonicalFieldElement() {
        byte[] r = new byte[32];
        r[31] = (byte) 0xff;
        assertThrows(IllegalArgumentException.class,
                () -> PoStPublicInputs.winning(PoStProofType.of(3), r, new Sector(7, comm(7))));
    }

    @Test
    void replicaUpdatePartitionsAndTags() {
        assertEquals(1, ReplicaUpdatePublicInputs.partitions(2048));
        assertEquals(4, ReplicaUpdatePublicInputs.partitions(8L << 20));
        assertEquals(16, ReplicaUpdatePublicInputs.partitions(32L << 30));
        List<List<BigInteger>> x = ReplicaUpdatePublicInputs.generate(32L << 30, comm(1), comm(2), comm(3));
        assertEquals(16, x.size());
        assertEquals(BigInteger.valueOf(128), x.get(0).get(0));
        assertEquals(BigInteger.valueOf(128 | 15), x.get(15).get(0));
        assertEquals(BigInteger.ONE, ReplicaUpdatePublicInputs.generate(2048, comm(1), comm(2), comm(3)).get(0).get(0));
        byte[] nonCanonical = new byte[32];
        java.util.Arrays.fill(nonCanonical, (byte) 0xff);
        assertThrows(IllegalArgumentException.class,
                () -> ReplicaUpdatePublicInputs.generate(2048, nonCanonical, comm(2), comm(3)), "comm_r_old ≥ r");
    }

    @Test
    void winningSectorChallengeStaysInRange() {
        byte[] prover = Hashes.proverId(1000);
        for (long n = 0; n < 20; n++) {
            long c = PoStPublicInputs.winningSectorChallenge(prover, new byte[32], n, 7);
            org.junit.jupiter.api.Assertions.assertTrue(c >= 0 && c < 7);
        }
        assertNotEquals(PoStPublicInputs.winningSectorChallenge(prover, new byte[32], 0, 1L << 40),
                PoStPublicInputs.winningSectorChallenge(Hashes.proverId(1001), new byte[32], 0, 1L << 40));
    }
}
