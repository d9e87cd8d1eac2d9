package io.jfvm.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jfvm.runtime.kernel.crypto.RealProofPolicy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProofPolicyKindTest {
    @Test
    void policyKindsParseAndAreExplicit() {
        assertEquals(ProofPolicyKind.REAL, ProofPolicyKind.parse("real"));
        assertEquals(ProofPolicyKind.VECTOR, ProofPolicyKind.parse(" Vector-Policy "));
        var e = assertThrows(IllegalArgumentException.class, () -> ProofPolicyKind.parse("fake"));
        assertEquals("unknown proof policy 'fake'; expected one of real, vector-policy", e.getMessage());
        assertSame(VectorProofPolicy.INSTANCE, ProofPolicies.of(ProofPolicyKind.VECTOR));
        assertInstanceOf(RealProofPolicy.class, ProofPolicies.of(ProofPolicyKind.REAL));
        assertEquals("vector-policy", VectorProofPolicy.INSTANCE.name());
    }

    /** ref-fvm's conformance runner overrides batch_verify_seals: all valid, and no up-front charges at all. */
    @Test
    void vectorPolicyAcceptsBatchesWithoutTheKernelsCharges() {
        AtomicInteger charged = new AtomicInteger();
        boolean[] r = VectorProofPolicy.INSTANCE.batchVerifySeals(List.of(), charged::incrementAndGet);
        assertArrayEquals(new boolean[0], r);
        assertEquals(0, charged.get());
        assertNull(VectorProofPolicy.INSTANCE.verifyConsensusFault(new byte[1], new byte[1], new byte[0]));
    }
}
