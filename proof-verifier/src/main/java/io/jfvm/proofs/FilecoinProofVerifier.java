package io.jfvm.proofs;

import io.jfvm.proofs.aggregate.AggregateProof;
import io.jfvm.proofs.aggregate.AggregateSealInputs;
import io.jfvm.proofs.commd.CommD;
import io.jfvm.proofs.commd.PieceCid;
import io.jfvm.proofs.groth16.Groth16;
import io.jfvm.proofs.groth16.Proof;
import io.jfvm.proofs.groth16.VerifyingKey;
import io.jfvm.proofs.params.CircuitKind;
import io.jfvm.proofs.params.ParameterCache;
import io.jfvm.proofs.params.ParametersMissingException;
import io.jfvm.proofs.porep.SealPublicInputs;
import io.jfvm.proofs.post.PoStPublicInputs;
import io.jfvm.proofs.post.PoStPublicInputs.Sector;
import io.jfvm.proofs.sig.BlsBackend;
import io.jfvm.proofs.sig.BlsBackends;
import io.jfvm.proofs.sig.Secp256k1;
import io.jfvm.proofs.update.ReplicaUpdatePublicInputs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** The real {@link ProofVerifier}: Groth16 over BLS12-381 with Filecoin's verifying keys. */
public final class FilecoinProofVerifier implements ProofVerifier {
    private final ParameterCache params;
    private final BlsBackend bls;
    private final Map<Long, SealPublicInputs> sealInputs = new ConcurrentHashMap<>();

    public FilecoinProofVerifier(ParameterCache params, BlsBackend bls) {
        this.params = params;
        this.bls = bls;
    }

    /** Keys from FIL_PROOFS_PARAMETER_CACHE, the best available BLS backend. */
    public static FilecoinProofVerifier fromEnvironment() {
        return new FilecoinProofVerifier(ParameterCache.fromEnvironment(), BlsBackends.best());
    }

    @Override
    public boolean verifySignature(int sigType, byte[] signature, byte[] signerAddress, byte[] plaintext) {
        if (sigType != SIG_SECP256K1 && sigType != SIG_BLS) {
            throw new IllegalArgumentException("unknown signature type " + sigType);
        }
        if (signerAddress == null || signerAddress.length == 0) {
            throw new IllegalArgumentException("empty signer address");
        }
        int protocol = signerAddress[0];
        byte[] payload = Arrays.copyOfRange(signerAddress, 1, signerAddress.length);
        if (sigType == SIG_SECP256K1) {
            if (protocol != 1) {
                throw new IllegalArgumentException("secp256k1 signature needs an f1 signer address");
            }
            return Secp256k1.verify(signature, payload, plaintext);
        }
        if (protocol != 3) {
            throw new IllegalArgumentException("BLS signature needs an f3 signer address");
        }
        return bls.verify(signature, payload, plaintext);
    }

    @Override
    public boolean verifyBlsAggregate(byte[] signature, List<byte[]> publicKeys, List<byte[]> plaintexts) {
        if (publicKeys.size() != plaintexts.size()) {
            throw new IllegalArgumentException(publicKeys.size() + " keys but " + plaintexts.size() + " plaintexts");
        }
        if (publicKeys.isEmpty()) {
            return true;
        }
        return bls.verifyAggregate(signature, publicKeys, plaintexts);
    }

    @Override
    public byte[] recoverSecpPublicKey(byte[] hash32, byte[] signature65) {
        return Secp256k1.recoverPublicKey(hash32, signature65);
    }

    @Override
    public byte[] computeUnsealedSectorCid(long registeredSealProof, List<PieceInfo> pieces) {
        long sectorSize = SealProofType.of(registeredSealProof).sectorSize();
        List<CommD.Piece> ps = new ArrayList<>(pieces.size());
        for (PieceInfo p : pieces) {
            ps.add(new CommD.Piece(p.paddedSize(), PieceCid.unsealedCommitment(p.cid())));
        }
        return PieceCid.unsealedCid(CommD.compute(sectorSize, ps));
    }

    @Override
    public boolean verifySeal(SealVerifyInfo info) {
        SealProofType type = SealProofType.of(info.registeredProof());
        byte[] commR = PieceCid.sealedCommitment(info.sealedCid());
        byte[] commD = PieceCid.unsealedCommitment(info.unsealedCid());
        List<Proof> proofs = Proof.readMany(info.proof(), type.partitions());
        List<List<BigInteger>> inputs = sealInputs(type).generate(Hashes.proverId(info.minerId()),
                info.sectorNumber(), info.randomness(), info.interactiveRandomness(), commR, commD);
        VerifyingKey vk = params.verifyingKey(CircuitKind.POREP, type.sectorSize());
        return Groth16.verifyBatch(vk, proofs, inputs);
    }

    private SealPublicInputs sealInputs(SealProofType type) {
        return sealInputs.computeIfAbsent(type.id(), id -> new SealPublicInputs(type));
    }

    @Override
    public boolean[] batchVerifySeals(List<SealVerifyInfo> seals) {
        boolean[] out = new boolean[seals.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = verifySeal(seals.get(i));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                out[i] = false;
            }
        }
        return out;
    }

    @Override
    public boolean verifyWindowPost(WindowPoStVerifyInfo info) {
        if (info.proofs().isEmpty()) {
            throw new IllegalArgumentException("Window PoSt without proofs");
        }
        PoStProofType type = PoStProofType.of(info.proofs().get(0).registeredProof());
        if (type.winning()) {
            throw new IllegalArgumentException("Window PoSt with a Winning PoSt proof type");
        }
        List<Sector> sectors = sectors(type, info.challengedSectors());
        List<List<BigInteger>> inputs = PoStPublicInputs.window(type, maskRandomness(info.randomness()), sectors);
        byte[] proofBytes = concatProofs(type, info.proofs());
        List<Proof> proofs = Proof.readMany(proofBytes, inputs.size());
        VerifyingKey vk = params.verifyingKey(CircuitKind.WINDOW_POST, type.sectorSize());
        return Groth16.verifyBatch(vk, proofs, inputs);
    }

    @Override
    public boolean verifyWinningPost(WinningPoStVerifyInfo info) {
        if (info.proofs().size() != 1) {
            throw new IllegalArgumentException("Winning PoSt needs exactly one proof, got " + info.proofs().size());
        }
        PoStProofType type = PoStProofType.of(info.proofs().get(0).registeredProof());
        if (!type.winning()) {
            throw new IllegalArgumentException("Winning PoSt with a Window PoSt proof type");
        }
        List<Sector> sectors = PoStPublicInputs.sortedUnique(sectors(type, info.challengedSectors()));
        if (sectors.size() != 1) {
            throw new IllegalArgumentException("Winning PoSt needs exactly one challenged sector, got " + sectors.size());
        }
        List<BigInteger> inputs = PoStPublicInputs.winning(type, maskRandomness(info.randomness()), sectors.get(0));
        Proof proof = Proof.readMany(info.proofs().get(0).proofBytes(), 1).get(0);
        VerifyingKey vk = params.verifyingKey(CircuitKind.WINNING_POST, type.sectorSize());
        return Groth16.verify(vk, proof, inputs);
    }

    /**
     * Checks everything that does not need the SnarkPack SRS (proof type, aggregate layout and
     * points, proof count, every sector's public inputs), then reports the SRS as missing: the
     * TIPP/MIPP verifier itself is not implemented yet (see the module README).
     */
    @Override
    public boolean verifyAggregateSeals(AggregateSealVerifyInfo info) {
        SealProofType type = SealProofType.of(info.sealProof());
        if (info.aggregateProofType() != 0 && info.aggregateProofType() != 1) {
            throw new IllegalArgumentException("unknown aggregate proof type " + info.aggregateProofType());
        }
        if (info.infos().isEmpty()) {
            throw new IllegalArgumentException("aggregate without sectors");
        }
        AggregateProof proof = AggregateProof.read(info.proof());
        List<List<BigInteger>> inputs = new ArrayList<>();
        for (AggregateSealSector s : info.infos()) {
            inputs.addAll(sealInputs(type).generate(Hashes.proverId(info.minerId()), s.sectorNumber(),
                    s.randomness(), s.interactiveRandomness(), PieceCid.sealedCommitment(s.sealedCid()),
                    PieceCid.unsealedCommitment(s.unsealedCid())));
        }
        AggregateSealInputs.padded(inputs, proof.nproofs);
        java.nio.file.Path srs = params.directory().resolve(SRS_FILE);
        if (!java.nio.file.Files.isRegularFile(srs)) {
            throw new ParametersMissingException("SnarkPack aggregate verification of " + info.infos().size()
                    + " seals needs the SRS " + srs + ", which is missing");
        }
        throw new UnsupportedOperationException("SnarkPack (TIPP/MIPP) verification is not implemented; " + srs
                + " is present but unused");
    }

    /** The SnarkPack SRS of the mainnet parameter set (srs-inner-product.json). */
    public static final String SRS_FILE = "v28-fil-inner-product-v1.srs";

    @Override
    public boolean verifyReplicaUpdate(ReplicaUpdateInfo info) {
        long sectorSize = ReplicaUpdatePublicInputs.sectorSize(info.updateProofType());
        List<List<BigInteger>> inputs = ReplicaUpdatePublicInputs.generate(sectorSize,
                PieceCid.sealedCommitment(info.oldSealedCid()),
                PieceCid.unsealedCommitment(info.newUnsealedCid()),
                PieceCid.sealedCommitment(info.newSealedCid()));
        List<Proof> proofs = Proof.readMany(info.proof(), inputs.size());
        VerifyingKey vk = params.verifyingKey(CircuitKind.EMPTY_SECTOR_UPDATE, sectorSize);
        return Groth16.verifyBatch(vk, proofs, inputs);
    }

    /**
     * PoSt randomness as the actor drew it; like ref-fvm's verify_post (and lotus for Winning PoSt)
     * the two top bits are cleared so that it is a valid field element.
     */
    private static byte[] maskRandomness(byte[] randomness) {
        if (randomness == null || randomness.length != 32) {
            throw new IllegalArgumentException("PoSt randomness must be 32 bytes");
        }
        return Fr.reprSafe(randomness);
    }

    private static List<Sector> sectors(PoStProofType type, List<SectorInfo> infos) {
        List<Sector> out = new ArrayList<>(infos.size());
        for (SectorInfo s : infos) {
            SealProofType seal = SealProofType.of(s.registeredSealProof());
            if (seal.sectorSize() != type.sectorSize()) {
                throw new IllegalArgumentException("sector " + s.sectorNumber() + " has seal proof " + seal.id()
                        + ", which does not match PoSt proof " + type.id());
            }
            out.add(new Sector(s.sectorNumber(), PieceCid.sealedCommitment(s.sealedCid())));
        }
        return out;
    }

    private static byte[] concatProofs(PoStProofType type, List<PoStProof> proofs) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PoStProof p : proofs) {
            if (p.registeredProof() != type.id()) {
                throw new IllegalArgumentException("mixed PoSt proof types " + type.id() + " and " + p.registeredProof());
            }
            out.writeBytes(p.proofBytes());
        }
        return out.toByteArray();
    }
}
