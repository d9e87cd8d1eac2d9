package io.jfvm.proofs;

import io.jfvm.proofs.aggregate.AggregateProof;
import io.jfvm.proofs.aggregate.AggregateSealInputs;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** rust-fil-proofs' aggregate_proof_bytes: a SnarkPack aggregate of 512 proofs (decode/encode only). */
class AggregateProofTest {
    @Test
    void decodesAndReencodesTheUpstreamAggregate() {
        byte[] b = SharedData.read(SharedData.proofParams().resolve("test-vectors/aggregate_proof_bytes"));
        AggregateProof p = AggregateProof.read(b);
        assertEquals(512, p.nproofs);
        assertEquals(9, p.rounds());
        assertEquals(29_044, AggregateProof.expectedSize(512));
        assertEquals(23_092, AggregateProof.expectedSize(128));
        assertEquals(34_996, AggregateProof.expectedSize(2048));
        assertArrayEquals(b, p.toBytes());
        byte[] truncated = java.util.Arrays.copyOf(b, b.length - 1);
        assertThrows(IllegalArgumentException.class, () -> AggregateProof.read(truncated));
        byte[] badCount = b.clone();
        badCount[1488] = 3;
        assertThrows(IllegalArgumentException.class, () -> AggregateProof.read(badCount));
    }

    @Test
    void inputsArePaddedWithTheLastVector() {
        List<List<BigInteger>> in = List.of(List.of(BigInteger.ONE), List.of(BigInteger.TWO), List.of(BigInteger.TEN));
        List<List<BigInteger>> p = AggregateSealInputs.padded(in, 8);
        assertEquals(8, p.size());
        assertEquals(List.of(BigInteger.TEN), p.get(7));
        assertThrows(IllegalArgumentException.class, () -> AggregateSealInputs.padded(in, 2));
    }
}
