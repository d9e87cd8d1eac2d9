package io.jfvm.proofs;

import io.jfvm.proofs.ProofVerifier.PoStProof;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.SectorInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WinningPoStVerifyInfo;
import io.jfvm.proofs.commd.CommD;
import io.jfvm.proofs.commd.PieceCid;
import io.jfvm.proofs.params.CircuitKind;
import io.jfvm.proofs.params.ParameterCache;
import io.jfvm.proofs.porep.SealPublicInputs;
import io.jfvm.proofs.post.PoStPublicInputs;
import io.jfvm.proofs.post.PoStPublicInputs.Sector;
import io.jfvm.proofs.sig.BlsBackends;
import io.jfvm.proofs.update.ReplicaUpdatePublicInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernel-facing {@link ProofVerifier} end to end, with 2KiB keys of {@link TrapdoorGroth16}
 * installed in a temporary parameter cache (with a manifest holding their digests): valid proofs
 * verify, and any change of a raw input (sector, randomness, commitment, seed, ticket, miner) fails.
 */
class EndToEndTest {
    private static final long KIB2 = 2048;
    @TempDir
    static Path cacheDir;
    private static ProofVerifier verifier;
    private static TrapdoorGroth16 seal;
    private static TrapdoorGroth16 window;
    private static TrapdoorGroth16 winning;
    private static TrapdoorGroth16 update;

    @BeforeAll
    static void installKeys() throws IOException {
        ParameterCache names = new ParameterCache(cacheDir, SharedData.proofParams().resolve("parameters.json"), "v28");
        seal = new TrapdoorGroth16(39, 1);
        window = new TrapdoorGroth16(22, 2);
        winning = new TrapdoorGroth16(132, 3);
        update = new TrapdoorGroth16(4, 4);
        StringBuilder manifest = new StringBuilder("{");
        Object[][] keys = {{CircuitKind.POREP, seal}, {CircuitKind.WINDOW_POST, window},
            {CircuitKind.WINNING_POST, winning}, {CircuitKind.EMPTY_SECTOR_UPDATE, update}};
        for (Object[] k : keys) {
            String name = names.fileName((CircuitKind) k[0], KIB2);
            byte[] vk = ((TrapdoorGroth16) k[1]).vkBytes();
            Files.write(cacheDir.resolve(name), vk);
            manifest.append(manifest.length() > 1 ? "," : "").append('"').append(name).append("\":{\"digest\":\"")
                    .append(ParameterCache.digest(vk)).append("\",\"sector_size\":2048}");
        }
        Files.writeString(cacheDir.resolve("parameters.json"), manifest.append('}'));
        verifier = new FilecoinProofVerifier(new ParameterCache(cacheDir, cacheDir.resolve("parameters.json"), "v28"),
                BlsBackends.best());
    }

    private static byte[] comm(int seed) {
        byte[] c = new byte[32];
        for (int i = 0; i < 31; i++) {
            c[i] = (byte) (seed * 31 + i);
        }
        return c;
    }

    private static byte[] bytes32(int v) {
        byte[] b = new byte[32];
        java.util.Arrays.fill(b, (byte) v);
        return b;
    }

    @Test
    void winningPost() {
        byte[] randomness = bytes32(0xff); // the top bits are masked, as the FVM does
        byte[] commR = comm(1);
        List<BigInteger> inputs = PoStPublicInputs.winning(PoStProofType.of(0), Fr.reprSafe(randomness),
                new Sector(42, commR));
        byte[] proof = winning.prove(inputs);
        assertTrue(verifier.verifyWinningPost(winningInfo(randomness, proof, 42, commR)));
        assertFalse(verifier.verifyWinningPost(winningInfo(randomness, proof, 43, commR)), "sector number");
        assertFalse(verifier.verifyWinningPost(winningInfo(bytes32(0xfe), proof, 42, commR)), "randomness");
        assertFalse(verifier.verifyWinningPost(winningInfo(randomness, proof, 42, comm(2))), "comm_r");
    }

    private static WinningPoStVerifyInfo winningInfo(byte[] randomness, byte[] proof, long sector, byte[] commR) {
        return new WinningPoStVerifyInfo(randomness, List.of(new PoStProof(0, proof)),
                List.of(new SectorInfo(5, sector, PieceCid.sealedCid(commR))), 1000);
    }

    @Test
    void windowPostOverTwoPartitions() {
        byte[] randomness = bytes32(7);
        List<Sector> sectors = List.of(new Sector(10, comm(10)), new Sector(3, comm(3)), new Sector(7, comm(7)));
        byte[] proof = window.proveAll(PoStPublicInputs.window(PoStProofType.of(5), randomness, sectors));
        assertTrue(verifier.verifyWindowPost(windowInfo(randomness, proof, sectors)));
        // the kernel may pass sectors in any order, with duplicates
        List<Sector> shuffled = List.of(sectors.get(2), sectors.get(0), sectors.get(1), sectors.get(0));
        assertTrue(verifier.verifyWindowPost(windowInfo(randomness, proof, shuffled)));
        List<Sector> otherComm = List.of(new Sector(10, comm(11)), sectors.get(1), sectors.get(2));
        assertFalse(verifier.verifyWindowPost(windowInfo(randomness, proof, otherComm)), "a comm_r");
        assertFalse(verifier.verifyWindowPost(windowInfo(bytes32(8), proof, sectors)), "randomness");
        List<Sector> twoOnly = sectors.subList(0, 2);
        assertThrows(IllegalArgumentException.class, () -> verifier.verifyWindowPost(windowInfo(randomness, proof, twoOnly)),
                "two sectors need one partition, the proof has two");
        // the V1P1 type numbers challenges per sector: the V1 proof does not verify under it
        byte[] v1p1 = window.proveAll(PoStPublicInputs.window(PoStProofType.of(10), randomness, sectors));
        assertFalse(verifier.verifyWindowPost(windowInfo(randomness, v1p1, sectors)));
    }

    private static WindowPoStVerifyInfo windowInfo(byte[] randomness, byte[] proof, List<Sector> sectors) {
        return new WindowPoStVerifyInfo(randomness, List.of(new PoStProof(5, proof)),
                sectors.stream().map(s -> new SectorInfo(5, s.number(), PieceCid.sealedCid(s.commR()))).toList(), 1000);
    }

    @Test
    void seal() {
        SealProofType type = SealProofType.of(5);
        byte[] commR = comm(5);
        byte[] commD = CommD.zeroCommitment(KIB2);
        byte[] ticket = bytes32(1);
        byte[] seed = bytes32(2);
        byte[] proof = seal.proveAll(new SealPublicInputs(type).generate(Hashes.proverId(1000), 1, ticket, seed, commR, commD));
        SealVerifyInfo ok = sealInfo(1000, 1, ticket, seed, proof, commR, commD);
        assertTrue(verifier.verifySeal(ok));
        assertFalse(verifier.verifySeal(sealInfo(1001, 1, ticket, seed, proof, commR, commD)), "miner");
        assertFalse(verifier.verifySeal(sealInfo(1000, 2, ticket, seed, proof, commR, commD)), "sector number");
        assertFalse(verifier.verifySeal(sealInfo(1000, 1, bytes32(3), seed, proof, commR, commD)), "ticket");
        assertFalse(verifier.verifySeal(sealInfo(1000, 1, ticket, bytes32(3), proof, commR, commD)), "seed");
        assertFalse(verifier.verifySeal(sealInfo(1000, 1, ticket, seed, proof, comm(6), commD)), "comm_r");
        assertArrayEquals(new boolean[] {true, false},
                verifier.batchVerifySeals(List.of(ok, sealInfo(1000, 1, ticket, seed, proof, commR, comm(9)))));
        // the same sector sealed with the V1 rules (type 0, other porep id and graph) does not verify
        SealVerifyInfo v1 = new SealVerifyInfo(0, 1000, 1, ticket, seed, proof, PieceCid.sealedCid(commR),
                PieceCid.unsealedCid(commD));
        assertFalse(verifier.verifySeal(v1));
    }

    @Test
    void syntheticSeal() {
        SealProofType type = SealProofType.of(10);
        byte[] commR = comm(8);
        byte[] commD = CommD.zeroCommitment(KIB2);
        byte[] proof = seal.proveAll(new SealPublicInputs(type).generate(Hashes.proverId(1000), 4, bytes32(1), bytes32(2),
                commR, commD));
        assertTrue(verifier.verifySeal(new SealVerifyInfo(10, 1000, 4, bytes32(1), bytes32(2), proof,
                PieceCid.sealedCid(commR), PieceCid.unsealedCid(commD))));
        assertFalse(verifier.verifySeal(new SealVerifyInfo(5, 1000, 4, bytes32(1), bytes32(2), proof,
                PieceCid.sealedCid(commR), PieceCid.unsealedCid(commD))), "interactive challenges differ");
    }

    private static SealVerifyInfo sealInfo(long miner, long sector, byte[] ticket, byte[] seed, byte[] proof, byte[] commR,
                                           byte[] commD) {
        return new SealVerifyInfo(5, miner, sector, ticket, seed, proof, PieceCid.sealedCid(commR), PieceCid.unsealedCid(commD));
    }

    @Test
    void replicaUpdate() {
        byte[] oldR = comm(20);
        byte[] newR = comm(21);
        byte[] newD = comm(22);
        byte[] proof = update.proveAll(ReplicaUpdatePublicInputs.generate(KIB2, oldR, newD, newR));
        assertTrue(verifier.verifyReplicaUpdate(new ReplicaUpdateInfo(0, PieceCid.sealedCid(newR), PieceCid.sealedCid(oldR),
                PieceCid.unsealedCid(newD), proof)));
        assertFalse(verifier.verifyReplicaUpdate(new ReplicaUpdateInfo(0, PieceCid.sealedCid(oldR), PieceCid.sealedCid(newR),
                PieceCid.unsealedCid(newD), proof)), "old and new swapped");
    }
}
