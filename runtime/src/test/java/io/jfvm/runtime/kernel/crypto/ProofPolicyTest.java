package io.jfvm.runtime.kernel.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.proofs.ProofVerifier;
import io.jfvm.proofs.commd.PieceCid;
import io.jfvm.proofs.params.ParametersMissingException;
import io.jfvm.runtime.kernel.crypto.CryptoTestSupport.Ops;
import io.jfvm.syscalls.ConsensusFault;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The proof syscalls under both policies: shapes, exact gas (SKYR and HYGGE), results and error numbers. */
class ProofPolicyTest {
    static final CborValue SEALED = new CborLink(Cid.fromBytes(PieceCid.sealedCid(new byte[32])));
    static final CborValue UNSEALED = new CborLink(Cid.fromBytes(PieceCid.unsealedCid(new byte[32])));
    static final CborValue R32 = new CborBytes(new byte[32]);

    static CborValue i(long v) {
        return CborInt.of(v);
    }

    static CborValue seal(long proof) {
        return CborArray.of(i(proof), CborArray.of(i(1000), i(7)), CborArray.of(i(1), i(2)), R32, R32,
                new CborBytes(new byte[1920]), SEALED, UNSEALED);
    }

    static CborValue post(long proofType, int sectors) {
        List<CborValue> s = new ArrayList<>();
        for (int k = 0; k < sectors; k++) {
            s.add(CborArray.of(i(8), i(k), SEALED));
        }
        return CborArray.of(R32, CborArray.of(CborArray.of(i(proofType), new CborBytes(new byte[192]))),
                new CborArray(s), i(1000));
    }

    static CborValue aggregate(long sealProof, int n) {
        List<CborValue> infos = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            infos.add(CborArray.of(i(k), R32, R32, SEALED, UNSEALED));
        }
        return CborArray.of(i(1000), i(sealProof), i(1), new CborBytes(new byte[100]), new CborArray(infos));
    }

    static CborValue replica(CborValue proof) {
        return CborArray.of(i(3), SEALED, SEALED, UNSEALED, proof);
    }

    interface Call {
        Object apply(CborValue v) throws Exception;
    }

    static final CborValue REPLICA_PROOF = CborArray.of(i(1), i(2), i(255));

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void singleChecksChargeTheNormalPriceBeforeAskingThePolicy(int nv) throws Exception {
        Ops o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        // 32GiB Window PoSt V1 with 3 challenged sectors: 117,680,921 + 43,780 × 3 (both lists).
        assertTrue(o.ops.verifyPost(post(8, 3)));
        assertEquals(117_680_921 + 43_780 * 3, o.charged());

        o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        assertTrue(o.ops.verifyAggregateSeals(aggregate(8, 4)));
        assertEquals(449_900 * 4 + 103_994_170, o.charged(), "32GiB-V1P1 per-proof × 4 + step(4)");

        o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        assertTrue(o.ops.verifyAggregateSeals(aggregate(9, 7)));
        assertEquals(359_272 * 7 + 110_803_030, o.charged(), "64GiB-V1P1 per-proof × 7 + step(7)");

        o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        assertTrue(o.ops.verifyReplicaUpdate(replica(REPLICA_PROOF)));
        assertEquals(36_316_136, o.charged());

        o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        assertNull(o.ops.verifyConsensusFault(new byte[10], new byte[10], new byte[0]));
        assertEquals(516_422, o.charged());
        assertEquals("OnVerifyConsensusFault", o.names());

        o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        assertTrue(o.ops.verifySeal(seal(3)));
        assertEquals(2_000, o.charged(), "OnVerifySeal");
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void postIsPricedTheSameForEveryProofType(int nv) throws Exception {
        for (int type : new int[] {5, 8, 13, 99}) {
            Ops o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
            o.ops.verifyPost(post(type, 2));
            assertEquals(117_680_921 + 43_780 * 2, o.charged(), "type " + type);
        }
        Ops o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        o.ops.verifyPost(CborArray.of(R32, CborArray.EMPTY, CborArray.EMPTY, i(1)));
        assertEquals(117_680_921, o.charged(), "no proofs, no challenged sectors");
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void wrongShapesAreIllegalArgumentBeforeAnyCharge(int nv) throws Exception {
        Ops o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        List<Call> calls = List.of(o.ops::verifyPost, o.ops::verifySeal,
                o.ops::verifyAggregateSeals, o.ops::verifyReplicaUpdate, o.ops::batchVerifySeals);
        List<CborValue> bad = List.of(i(1), CborArray.of(i(1), i(2), i(10)), CborArray.EMPTY);
        for (Call c : calls) {
            for (CborValue v : bad) {
                if (v == CborArray.EMPTY && calls.indexOf(c) == calls.size() - 1) {
                    continue; // an empty batch is valid
                }
                SyscallError e = assertThrows(SyscallError.class, () -> c.apply(v), v.toString());
                assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, e.number());
            }
        }
        // field-level: randomness as an array, a negative sector number, a byte string for the replica proof
        CborValue post = CborArray.of(CborArray.EMPTY, CborArray.EMPTY, CborArray.EMPTY, i(1));
        assertThrows(SyscallError.class, () -> o.ops.verifyPost(post));
        assertThrows(SyscallError.class, () -> o.ops.verifyPost(CborArray.of(R32, CborArray.EMPTY,
                CborArray.of(CborArray.of(i(8), i(-1), SEALED)), i(1))));
        assertThrows(SyscallError.class, () -> o.ops.verifyReplicaUpdate(replica(new CborBytes(new byte[3]))),
                "ReplicaUpdateInfo.proof is a Vec<u8>: an array of integers");
        assertThrows(SyscallError.class, () -> o.ops.verifyReplicaUpdate(replica(CborArray.of(i(256)))));
        assertThrows(SyscallError.class, () -> o.ops.batchVerifySeals(CborArray.of(seal(3), i(1))));
        assertEquals(0, o.charged());
        assertTrue(o.ops.verifyPost(CborArray.of(R32, CborArray.EMPTY, CborArray.EMPTY, i(1))),
                "an empty PoSt decodes (the real verifier rejects it after the charge)");
    }

    // ---------------------------------------------------------------- the real policy (stub verifier)

    /** A verifier answering from a fixed rule, for the policy's semantics without verifying keys. */
    static final class StubVerifier implements ProofVerifier {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        RuntimeException fail;
        boolean answer;

        boolean answer(String call) {
            calls.add(call);
            if (fail != null) {
                throw fail;
            }
            return answer;
        }

        @Override public boolean verifySignature(int t, byte[] s, byte[] a, byte[] p) { throw new AssertionError(); }
        @Override public boolean verifyBlsAggregate(byte[] s, List<byte[]> k, List<byte[]> p) { throw new AssertionError(); }
        @Override public byte[] recoverSecpPublicKey(byte[] h, byte[] s) { throw new AssertionError(); }
        @Override public byte[] computeUnsealedSectorCid(long t, List<PieceInfo> p) { throw new AssertionError(); }
        @Override public boolean verifySeal(SealVerifyInfo info) { return answer("seal " + info.registeredProof()); }
        @Override public boolean[] batchVerifySeals(List<SealVerifyInfo> seals) { throw new AssertionError(); }
        @Override public boolean verifyWindowPost(WindowPoStVerifyInfo info) {
            return answer("post " + info.proofs().get(0).registeredProof());
        }
        @Override public boolean verifyWinningPost(WinningPoStVerifyInfo info) { throw new AssertionError(); }
        @Override public boolean verifyAggregateSeals(AggregateSealVerifyInfo info) { return answer("aggregate"); }
        @Override public boolean verifyReplicaUpdate(ReplicaUpdateInfo info) {
            return answer("replica " + info.proof().length);
        }
    }

    @Test
    void realPolicyReportsTheVerifiersAnswersAndMapsItsErrors() throws Exception {
        StubVerifier v = new StubVerifier();
        Ops o = new Ops(18, new RealProofPolicy(v, null));
        assertFalse(o.ops.verifyPost(post(8, 1)));
        v.answer = true;
        assertTrue(o.ops.verifyReplicaUpdate(replica(REPLICA_PROOF)));
        assertEquals(List.of("post 8", "replica 3"), v.calls);
        long before = o.charged();
        v.fail = new IllegalArgumentException("bad commitment");
        SyscallError e = assertThrows(SyscallError.class, () -> o.ops.verifyAggregateSeals(aggregate(8, 2)));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, e.number());
        assertEquals(before + 449_900 * 2, o.charged(), "charged before verifying (2 seals: below the first step)");
        v.fail = new ArithmeticException("a panic");
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT,
                assertThrows(SyscallError.class, () -> o.ops.verifySeal(seal(3))).number());
        v.fail = new ParametersMissingException("v28 key missing");
        assertThrows(Fatal.class, () -> o.ops.verifyPost(post(8, 1)), "missing keys are not a verdict");
        v.fail = new UnsupportedOperationException("SnarkPack");
        assertThrows(Fatal.class, () -> o.ops.verifyAggregateSeals(aggregate(8, 2)));
        assertThrows(Fatal.class, () -> o.ops.verifyConsensusFault(new byte[1], new byte[1], new byte[0]),
                "no consensus-fault extern configured");
    }

    @Test
    void realBatchChargesPerSealInV3Only() throws Exception {
        StubVerifier v = new StubVerifier();
        v.answer = true;
        Ops o3 = new Ops(18, new RealProofPolicy(v, null));
        assertArrayEquals(new boolean[] {true, true}, o3.ops.batchVerifySeals(CborArray.of(seal(8), seal(3))));
        assertEquals(2 * 2_000, o3.charged());
        assertEquals("OnVerifySeal,OnVerifySeal", o3.names());
        Ops o2 = new Ops(17, new RealProofPolicy(v, null));
        v.fail = new IllegalArgumentException("wrong proof length");
        assertArrayEquals(new boolean[] {false}, o2.ops.batchVerifySeals(CborArray.of(seal(3))),
                "an erroring seal is just invalid");
        assertEquals(0, o2.charged(), "v2 batch verification charges nothing");
        v.fail = new ParametersMissingException("key");
        assertThrows(Fatal.class, () -> o2.ops.batchVerifySeals(CborArray.of(seal(3))));
    }

    @Test
    void realConsensusFaultGoesToTheExtern() throws Exception {
        ConsensusFault f = new ConsensusFault(100, 1234, 1);
        Ops o = new Ops(18, new RealProofPolicy(new StubVerifier(), (h1, h2, x) -> f));
        assertSame(f, o.ops.verifyConsensusFault(new byte[1], new byte[2], new byte[0]));
        assertEquals(516_422, o.charged());
        Ops bad = new Ops(17, new RealProofPolicy(new StubVerifier(), (h1, h2, x) -> {
            throw new IllegalArgumentException("not a block header");
        }));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, assertThrows(SyscallError.class,
                () -> bad.ops.verifyConsensusFault(new byte[1], new byte[2], new byte[0])).number());
        assertEquals(516_422, bad.charged());
    }

    @Test
    void calibnetQuirkRewritesV1P1ToV1FromV3Only() throws Exception {
        StubVerifier v = new StubVerifier();
        var prices = io.jfvm.gas.price.PriceLists.HYGGE;
        var gas = new io.jfvm.gas.GasTracker(Long.MAX_VALUE / 2, 0, false);
        new CryptoOpsV3(prices, gas, new RealProofPolicy(v, null), 314159, 498_691).verifyPost(post(13, 1));
        new CryptoOpsV3(prices, gas, new RealProofPolicy(v, null), 314159, 498_692).verifyPost(post(13, 1));
        new CryptoOpsV3(prices, gas, new RealProofPolicy(v, null), 314, 1).verifyPost(post(13, 1));
        new CryptoOpsV2(io.jfvm.gas.price.PriceLists.SKYR, gas, new RealProofPolicy(v, null))
                .verifyPost(post(13, 1));
        assertEquals(List.of("post 8", "post 13", "post 13", "post 13"), v.calls);
    }
}
