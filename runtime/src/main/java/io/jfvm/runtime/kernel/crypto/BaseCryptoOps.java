package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.HashFunction;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.SignatureType;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.PieceInfo;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.proofs.SealProofType;
import io.jfvm.proofs.commd.CommD;
import io.jfvm.proofs.commd.PieceCid;
import io.jfvm.proofs.sig.BlsBackend;
import io.jfvm.proofs.sig.BlsBackends;
import io.jfvm.proofs.sig.Secp256k1;
import io.jfvm.syscalls.ConsensusFault;
import io.jfvm.syscalls.CryptoOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The crypto syscalls of a kernel with ref-fvm's gas and error semantics ({@code kernel/default.rs}
 * {@code CryptoOps}), as every line shares them; what a line does differently is in {@link CryptoOpsV2} and
 * {@link CryptoOpsV3}. Signatures, key recovery, hashing and CommD are always computed for real; the proof checks
 * go through the machine's {@link ProofPolicy}. Charges come from the line's {@link PriceList}; {@code OnSyscall} is
 * the syscall layer's.
 * <ul>
 *   <li>{@code verify_signature}: charge OnVerifySignature first; a signer that is not f1/f3 is then
 *       IllegalArgument (v2's kernel resolves other signers to their key address before calling here). A malformed
 *       signature, or a signature type that does not match the key's protocol, is simply invalid.</li>
 *   <li>{@code recover_secp_public_key}: charge, then recover (high-S accepted); failure is IllegalArgument.</li>
 *   <li>{@code compute_unsealed_sector_cid}: an unknown proof type for the line or a wrong pieces shape is
 *       IllegalArgument before any charge; then OnComputeUnsealedSectorCid; then every failure of the computation
 *       (bad piece CID, size, too many pieces) is IllegalArgument.</li>
 *   <li>{@code verify_post}, {@code verify_aggregate_seals}, {@code verify_replica_update},
 *       {@code verify_consensus_fault}: decode (IllegalArgument), charge the normal price, ask the policy.</li>
 * </ul>
 * One instance per kernel (it holds no per-invocation state, so one per message would do too).
 */
public abstract class BaseCryptoOps implements CryptoOps {
    private static final Logger LOG = Logger.getLogger(BaseCryptoOps.class.getName());
    private static final BlsBackend SHARED_BLS = BlsBackends.best();

    final PriceList prices;
    final GasTracker gas;
    final ProofPolicy proofs;
    final BlsBackend bls;

    BaseCryptoOps(PriceList prices, GasTracker gas, ProofPolicy proofs) {
        this.prices = Objects.requireNonNull(prices, "prices");
        this.gas = Objects.requireNonNull(gas, "gas");
        this.proofs = Objects.requireNonNull(proofs, "proof policy");
        this.bls = SHARED_BLS;
    }

    public ProofPolicy proofPolicy() {
        return proofs;
    }

    void charge(GasCharge c) {
        gas.apply(c);
    }

    /** The IllegalArgument message for a signer that is not a key address. */
    abstract String nonKeySigner(Address signer);

    /** Whether {@code proofType} is a RegisteredSealProof the line knows. */
    abstract boolean knownSealProof(long proofType);

    @Override
    public boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext) {
        SignatureType type = switch (sigType) {
            case 1 -> SignatureType.SECP256K1;
            case 2 -> SignatureType.BLS;
            default -> throw SyscallError.illegalArgument("unknown signature type " + sigType);
        };
        charge(prices.onVerifySignature(type, plaintext.length));
        int protocol = signer.protocol();
        if (protocol != Address.SECP256K1 && protocol != Address.BLS) {
            throw SyscallError.illegalArgument(nonKeySigner(signer));
        }
        try {
            if (type == SignatureType.SECP256K1) {
                return protocol == Address.SECP256K1 && Secp256k1.verify(signature, signer.payload(), plaintext);
            }
            return protocol == Address.BLS && bls.verify(signature, signer.payload(), plaintext);
        } catch (RuntimeException e) {
            // signature::verify(..).is_ok(): any error is an invalid signature.
            LOG.log(Level.FINE, "signature verification error", e);
            return false;
        }
    }

    /** Linked from v4 on ({@link CryptoOpsV4}). */
    @Override
    public boolean verifyBlsAggregate(io.jfvm.syscalls.BlsAggregateInput input) {
        throw new io.jfvm.ipld.types.Fatal("crypto.verify_bls_aggregate is not a syscall of this FVM line");
    }

    @Override
    public byte[] recoverSecpPublicKey(byte[] hash, byte[] signature) {
        charge(prices.onRecoverSecpPublicKey());
        try {
            return Secp256k1.recoverPublicKey(hash, signature);
        } catch (IllegalArgumentException e) {
            throw SyscallError.illegalArgument("public key recovery failed: " + e.getMessage());
        }
    }

    /** The function of {@code hashCode}; IllegalArgument when the FVM does not support it. */
    static HashFunction hashFunction(long hashCode) {
        HashFunction h = Hashing.byCode(hashCode);
        if (h == null) {
            throw SyscallError.illegalArgument("unsupported hash code " + Long.toUnsignedString(hashCode));
        }
        return h;
    }

    @Override
    public Cid computeUnsealedSectorCid(long proofType, CborValue pieces) {
        if (!knownSealProof(proofType)) {
            throw SyscallError.illegalArgument("invalid proof type " + proofType);
        }
        List<PieceInfo> infos = ProofInputs.pieces(pieces);
        charge(prices.onComputeUnsealedSectorCid());
        try {
            long sectorSize = SealProofType.of(proofType).sectorSize();
            List<CommD.Piece> ps = new ArrayList<>(infos.size());
            for (PieceInfo p : infos) {
                ps.add(new CommD.Piece(p.paddedSize(), PieceCid.unsealedCommitment(p.cid())));
            }
            return Cid.fromBytes(PieceCid.unsealedCid(CommD.compute(sectorSize, ps)));
        } catch (RuntimeException e) {
            // ref-fvm: conversion and compute_comm_d errors or_illegal_argument(), panics caught the same way.
            throw SyscallError.illegalArgument("computing unsealed sector CID: " + e.getMessage());
        }
    }

    @Override
    public boolean verifySeal(CborValue sealVerifyInfo) {
        SealVerifyInfo info = ProofInputs.seal(sealVerifyInfo);
        charge(prices.onVerifySeal());
        return proofs.verifySeal(info);
    }

    @Override
    public boolean verifyPost(CborValue windowPostVerifyInfo) {
        WindowPoStVerifyInfo info = ProofInputs.windowPost(windowPostVerifyInfo);
        charge(prices.onVerifyPost(info.challengedSectors().size()));
        return proofs.verifyWindowPost(info, calibnetV1P1Quirk());
    }

    /** Whether {@code verify_post} applies calibrationnet's V1P1 quirk ({@link ProofPolicy#verifyWindowPost}). */
    abstract boolean calibnetV1P1Quirk();

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) {
        charge(prices.onVerifyConsensusFault());
        return proofs.verifyConsensusFault(h1, h2, extra);
    }

    @Override
    public boolean verifyAggregateSeals(CborValue aggregate) {
        AggregateSealVerifyInfo info = ProofInputs.aggregate(aggregate);
        charge(prices.onVerifyAggregateSeals(info.sealProof(), info.infos().size()));
        return proofs.verifyAggregateSeals(info);
    }

    @Override
    public boolean verifyReplicaUpdate(CborValue replicaUpdateInfo) {
        ReplicaUpdateInfo info = ProofInputs.replicaUpdate(replicaUpdateInfo);
        charge(prices.onVerifyReplicaUpdate());
        return proofs.verifyReplicaUpdate(info);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + prices + ", proofs=" + proofs.name() + "]";
    }
}
