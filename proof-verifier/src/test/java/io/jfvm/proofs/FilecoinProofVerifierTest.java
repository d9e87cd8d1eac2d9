package io.jfvm.proofs;

import io.jfvm.proofs.ProofVerifier.AggregateSealSector;
import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.PoStProof;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.SectorInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WinningPoStVerifyInfo;
import io.jfvm.proofs.commd.CommD;
import io.jfvm.proofs.commd.PieceCid;
import io.jfvm.proofs.params.ParametersMissingException;
import io.jfvm.proofs.sig.BlsBackends;
import io.jfvm.proofs.sig.BlsSignatures;
import io.jfvm.proofs.sig.Secp256k1;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.jfvm.proofs.SharedData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The syscall-shaped interface: signatures, error mapping, and key lookup. */
class FilecoinProofVerifierTest {
    private final ProofVerifier verifier = new FilecoinProofVerifier(SharedData.v27Cache(), BlsBackends.best());

    private static byte[] address(int protocol, byte[] payload) {
        byte[] a = new byte[payload.length + 1];
        a[0] = (byte) protocol;
        System.arraycopy(payload, 0, a, 1, payload.length);
        return a;
    }

    private static byte[] sealedCid(int seed) {
        byte[] c = new byte[32];
        c[0] = (byte) seed;
        c[5] = 9;
        return PieceCid.sealedCid(c);
    }

    @Test
    void blsSignaturesThroughTheSyscallShape() {
        BlsSignatures bls = new BlsSignatures();
        byte[] sk = hex("47b8192d77bf871b62e87859d653922725724a5c031afeabc60bcef5ff665138");
        byte[] msg = "cid of a message".getBytes(StandardCharsets.UTF_8);
        byte[] sig = bls.sign(sk, msg);
        byte[] f3 = address(3, bls.publicKey(sk));
        assertTrue(verifier.verifySignature(ProofVerifier.SIG_BLS, sig, f3, msg));
        assertFalse(verifier.verifySignature(ProofVerifier.SIG_BLS, sig, f3, "other".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> verifier.verifySignature(ProofVerifier.SIG_BLS, sig, address(1, new byte[20]), msg), "f1 signer");
        assertThrows(IllegalArgumentException.class, () -> verifier.verifySignature(9, sig, f3, msg));
        assertTrue(verifier.verifyBlsAggregate(new byte[96], List.of(), List.of()), "no signers");
        assertTrue(verifier.verifyBlsAggregate(sig, List.of(bls.publicKey(sk)), List.of(msg)));
    }

    @Test
    void secpSignaturesThroughTheSyscallShape() {
        X9ECParameters k1 = CustomNamedCurves.getByName("secp256k1");
        byte[] pk = k1.getG().multiply(BigInteger.ONE).getEncoded(false);
        byte[] hash = hex("d0e30db2d5f7e7e3ed4f0d0a2e7f0d3c4b5a69788796a5b4c3d2e1f00f1e2d3c");
        // a signature whose recovered key we then check through the address
        byte[] sig = new byte[65];
        System.arraycopy(hex("934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8"), 0, sig, 0, 32);
        System.arraycopy(hex("2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5"), 0, sig, 32, 32);
        byte[] recovered = verifier.recoverSecpPublicKey(hash, sig);
        assertEquals(65, recovered.length);
        assertFalse(java.util.Arrays.equals(pk, recovered), "a different hash recovers a different key");
        assertThrows(IllegalArgumentException.class, () -> verifier.recoverSecpPublicKey(hash, new byte[65]));
        assertThrows(IllegalArgumentException.class, () -> verifier.verifySignature(ProofVerifier.SIG_SECP256K1, sig,
                address(3, new byte[48]), new byte[1]), "f3 signer");
        assertFalse(verifier.verifySignature(ProofVerifier.SIG_SECP256K1, sig,
                address(1, Secp256k1.addressPayload(pk)), new byte[1]));
    }

    @Test
    void sealErrorsAreIllegalArgumentsOrMissingParameters() {
        byte[] commD = PieceCid.unsealedCid(CommD.zeroCommitment(32L << 30));
        SealVerifyInfo shortProof = new SealVerifyInfo(8, 1000, 1, new byte[32], new byte[32], new byte[192],
                sealedCid(1), commD);
        assertThrows(IllegalArgumentException.class, () -> verifier.verifySeal(shortProof), "1,920 bytes expected");
        SealVerifyInfo swappedCids = new SealVerifyInfo(8, 1000, 1, new byte[32], new byte[32], new byte[1920],
                commD, sealedCid(1));
        assertThrows(IllegalArgumentException.class, () -> verifier.verifySeal(swappedCids), "CID codecs");
        assertArrayEquals(new boolean[] {false, false}, verifier.batchVerifySeals(List.of(shortProof, swappedCids)));
    }

    @Test
    void aMissingKeyNamesTheFile() {
        // a syntactically valid 2KiB winning proof: the v27 directory has no 2KiB keys
        byte[] proof = new io.jfvm.proofs.groth16.Proof(io.jfvm.proofs.bls12381.G1.GENERATOR,
                io.jfvm.proofs.bls12381.G2.GENERATOR, io.jfvm.proofs.bls12381.G1.GENERATOR).toBytes();
        WinningPoStVerifyInfo info = new WinningPoStVerifyInfo(new byte[32], List.of(new PoStProof(0, proof)),
                List.of(new SectorInfo(0, 1, sealedCid(1))), 1000);
        ParametersMissingException e = assertThrows(ParametersMissingException.class, () -> verifier.verifyWinningPost(info));
        assertTrue(e.getMessage().contains("v27-proof-of-spacetime-fallback-merkletree-poseidon_hasher-8-0-0-3ea05428"),
                e.getMessage());
    }

    @Test
    void replicaUpdateNeedsItsKeyAndWellFormedInputs() {
        byte[] commD = PieceCid.unsealedCid(CommD.zeroCommitment(32L << 30));
        byte[] proof = new byte[16 * 192];
        for (int k = 0; k < 16; k++) {
            System.arraycopy(new io.jfvm.proofs.groth16.Proof(io.jfvm.proofs.bls12381.G1.GENERATOR,
                    io.jfvm.proofs.bls12381.G2.GENERATOR, io.jfvm.proofs.bls12381.G1.GENERATOR).toBytes(), 0, proof, 192 * k, 192);
        }
        ProofVerifier.ReplicaUpdateInfo info = new ProofVerifier.ReplicaUpdateInfo(3, sealedCid(2), sealedCid(1), commD, proof);
        ParametersMissingException e = assertThrows(ParametersMissingException.class, () -> verifier.verifyReplicaUpdate(info));
        assertTrue(e.getMessage().contains("EMPTY_SECTOR_UPDATE"), e.getMessage());
        ProofVerifier.ReplicaUpdateInfo shortProof = new ProofVerifier.ReplicaUpdateInfo(3, sealedCid(2), sealedCid(1), commD,
                new byte[192]);
        assertThrows(IllegalArgumentException.class, () -> verifier.verifyReplicaUpdate(shortProof), "16 partitions");
    }

    @Test
    void windowPostValidatesProofTypesAndLengths() {
        WindowPoStVerifyInfo wrongLength = new WindowPoStVerifyInfo(new byte[32], List.of(new PoStProof(8, new byte[100])),
                List.of(new SectorInfo(8, 1, sealedCid(1))), 1000);
        assertThrows(IllegalArgumentException.class, () -> verifier.verifyWindowPost(wrongLength));
        WindowPoStVerifyInfo mismatched = new WindowPoStVerifyInfo(new byte[32], List.of(new PoStProof(8, new byte[192])),
                List.of(new SectorInfo(4, 1, sealedCid(1))), 1000);
        assertThrows(IllegalArgumentException.class, () -> verifier.verifyWindowPost(mismatched), "64GiB sector");
        WindowPoStVerifyInfo winningType = new WindowPoStVerifyInfo(new byte[32], List.of(new PoStProof(3, new byte[192])),
                List.of(new SectorInfo(8, 1, sealedCid(1))), 1000);
        assertThrows(IllegalArgumentException.class, () -> verifier.verifyWindowPost(winningType));
    }

    @Test
    void aggregatesWithoutTheSrsReportMissingParameters() {
        byte[] agg = SharedData.read(SharedData.proofParams().resolve("test-vectors/aggregate_proof_bytes"));
        byte[] commD = PieceCid.unsealedCid(CommD.zeroCommitment(32L << 30));
        AggregateSealVerifyInfo info = new AggregateSealVerifyInfo(1000, 8, 1, agg,
                List.of(new AggregateSealSector(1, new byte[32], new byte[32], sealedCid(1), commD)));
        ParametersMissingException e = assertThrows(ParametersMissingException.class, () -> verifier.verifyAggregateSeals(info));
        assertTrue(e.getMessage().contains("v28-fil-inner-product-v1.srs") && e.getMessage().contains("missing"),
                e.getMessage());
        AggregateSealVerifyInfo malformed = new AggregateSealVerifyInfo(1000, 8, 1, new byte[100], info.infos());
        assertThrows(IllegalArgumentException.class, () -> verifier.verifyAggregateSeals(malformed));
    }
}
