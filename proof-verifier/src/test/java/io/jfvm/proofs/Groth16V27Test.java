package io.jfvm.proofs;

import io.jfvm.proofs.groth16.Groth16;
import io.jfvm.proofs.groth16.Proof;
import io.jfvm.proofs.groth16.VerifyingKey;
import io.jfvm.proofs.params.CircuitKind;
import io.jfvm.proofs.params.ParameterCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real 32GiB v27 proofs from fil-blst, verified with the v27 keys found through the parameter
 * cache (digest-checked against parameters-v27.json); each must fail once an input changes.
 */
class Groth16V27Test {
    private static final long GIB32 = 32L << 30;
    private static ParameterCache cache;

    @BeforeAll
    static void setUp() {
        cache = SharedData.v27Cache();
    }

    private static PrfFile prf(String name, boolean batch) {
        byte[] f = SharedData.read(SharedData.v27().resolve("fil-blst").resolve(name));
        return batch ? PrfFile.batch(f) : PrfFile.single(f);
    }

    private static VerifyingKey key(CircuitKind kind, PrfFile prf) {
        // the cached key must be the very key the proofs were made for
        String name = cache.fileName(kind, GIB32);
        assertArrayEquals(prf.vkBytes, SharedData.read(cache.directory().resolve(name)), name);
        return cache.verifyingKey(kind, GIB32);
    }

    private static List<BigInteger> mutate(List<BigInteger> x, int index) {
        List<BigInteger> y = new ArrayList<>(x);
        y.set(index, y.get(index).add(BigInteger.ONE));
        return y;
    }

    @Test
    void sealAllTenPartitionsVerifyAndFailWhenAnInputChanges() {
        PrfFile seal = prf("seal32_x10.prf", true);
        VerifyingKey vk = key(CircuitKind.POREP, seal);
        assertEquals(327, vk.publicInputCount());
        assertEquals(10, seal.proofBytes.size());
        int valid = 0;
        int rejected = 0;
        for (int j = 0; j < 10; j++) {
            Proof p = Proof.read(seal.proofBytes.get(j), 0);
            if (Groth16.verify(vk, p, seal.inputs.get(j))) {
                valid++;
            }
            // a different input each time: replica id, comm_d, comm_r, challenges and parents
            int index = (j * 37) % 327;
            if (!Groth16.verify(vk, p, mutate(seal.inputs.get(j), index))) {
                rejected++;
            }
        }
        System.out.printf("v27 seal: %d/10 verify, %d/10 fail when mutated%n", valid, rejected);
        assertEquals(10, valid);
        assertEquals(10, rejected);
    }

    @Test
    void sealBatchVerifiesAndRejectsAnyBadMember() {
        PrfFile seal = prf("seal32_x10.prf", true);
        VerifyingKey vk = key(CircuitKind.POREP, seal);
        List<Proof> proofs = new ArrayList<>();
        for (byte[] b : seal.proofBytes) {
            proofs.add(Proof.read(b, 0));
        }
        assertTrue(Groth16.verifyBatch(vk, proofs, seal.inputs));

        List<List<BigInteger>> bad = new ArrayList<>(seal.inputs);
        bad.set(7, mutate(bad.get(7), 100));
        assertFalse(Groth16.verifyBatch(vk, proofs, bad));

        List<Proof> swapped = new ArrayList<>(proofs);
        Collections.swap(swapped, 2, 3);
        assertFalse(Groth16.verifyBatch(vk, swapped, seal.inputs), "proofs bound to the wrong partition");
    }

    @Test
    void winningPostVerifiesAndFailsWhenAnInputOrProofChanges() {
        PrfFile win = prf("winning32.prf", false);
        VerifyingKey vk = key(CircuitKind.WINNING_POST, win);
        assertEquals(132, vk.publicInputCount());
        Proof p = Proof.read(win.proofBytes.get(0), 0);
        List<BigInteger> x = win.inputs.get(0);
        assertTrue(Groth16.verify(vk, p, x));
        assertFalse(Groth16.verify(vk, p, mutate(x, 0)), "comm_r changed");
        assertFalse(Groth16.verify(vk, p, mutate(x, 131)), "last leaf changed");
        assertFalse(Groth16.verify(vk, new Proof(p.a.neg(), p.b, p.c), x), "proof changed");
        assertFalse(Groth16.verify(vk, new Proof(p.a, p.b, p.c.dbl()), x), "proof changed");
    }

    @Test
    void windowPostVerifiesAndFailsWhenAnInputChanges() {
        PrfFile window = prf("window.prf", true);
        VerifyingKey vk = key(CircuitKind.WINDOW_POST, window);
        assertEquals(25_839, vk.publicInputCount());
        Proof p = Proof.read(window.proofBytes.get(0), 0);
        List<BigInteger> x = window.inputs.get(0);
        long t0 = System.nanoTime();
        assertTrue(Groth16.verify(vk, p, x));
        System.out.printf("v27 32GiB Window PoSt verified in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        assertFalse(Groth16.verify(vk, p, mutate(x, 12_345)));
    }

    @Test
    void wrongInputCountIsAnError() {
        PrfFile win = prf("winning32.prf", false);
        VerifyingKey vk = key(CircuitKind.WINNING_POST, win);
        Proof p = Proof.read(win.proofBytes.get(0), 0);
        List<BigInteger> x = new ArrayList<>(win.inputs.get(0));
        x.remove(0);
        assertThrows(IllegalArgumentException.class, () -> Groth16.verify(vk, p, x));
    }

    @Test
    void proofEncodingRoundTrips() {
        PrfFile seal = prf("seal32_x10.prf", true);
        for (byte[] b : seal.proofBytes) {
            assertArrayEquals(b, Proof.read(b, 0).toBytes());
        }
    }

    @Test
    void verifyingKeyPointsAreInTheirSubgroups() {
        PrfFile seal = prf("seal32_x10.prf", true);
        VerifyingKey vk = VerifyingKey.read(seal.vkBytes, true);
        assertEquals(328, vk.ic.size());
    }
}
