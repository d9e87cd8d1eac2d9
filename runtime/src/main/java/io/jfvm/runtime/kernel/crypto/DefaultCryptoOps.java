package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.OutOfGasException;
import io.jfvm.gas.price.FvmLine;
import io.jfvm.gas.price.HashFunction;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.SignatureType;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;
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
import io.jfvm.syscalls.SyscallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The crypto syscalls of a kernel with ref-fvm's gas and error semantics per FVM line ({@code kernel/default.rs}
 * {@code CryptoOps} of {@code fvm@v2.12.1} and {@code fvm@v3.14.1}). Signatures, key recovery, hashing and
 * CommD are always computed for real; the proof checks go through the explicitly configured {@link ProofPolicy}.
 *
 * <p>Per operation (charges from the version's {@link PriceList}; OnSyscall is the syscall layer's):
 * <ul>
 *   <li>{@code verify_signature}: charge OnVerifySignature (v2 flat, v3 flat + per plaintext byte) first. v3: a
 *       signer that is not f1/f3 is then IllegalArgument. v2: the kernel resolves a non-key signer to its key
 *       address itself (state access, {@code DefaultKernel}) and passes the key address here; an unresolved one is
 *       IllegalArgument. A malformed signature, or a signature type that does not match the key's protocol, is
 *       simply invalid ({@code false}).</li>
 *   <li>{@code recover_secp_public_key}: charge, then recover (high-S accepted); failure is IllegalArgument.</li>
 *   <li>{@code hash}: v2 charges the flat OnHashing first and then rejects an unknown code; v3 rejects an unknown
 *       code first and then charges per byte. Both IllegalArgument.</li>
 *   <li>{@code compute_unsealed_sector_cid}: an unknown proof type for the version (v2: 0..9, v3: 0..14) or a wrong
 *       pieces shape is IllegalArgument before any charge; then OnComputeUnsealedSectorCid; then every failure of
 *       the computation (bad piece CID, size, too many pieces) is IllegalArgument.</li>
 *   <li>{@code verify_seal} (v2), {@code verify_post}, {@code verify_aggregate_seals}, {@code verify_replica_update},
 *       {@code verify_consensus_fault}: decode (IllegalArgument), charge the normal price, ask the policy. For the
 *       consensus fault, v2 at nv ≤ 15 also charges the gas the extern reports.</li>
 *   <li>{@code batch_verify_seals}: decode, then the policy (which charges as the version and policy do).</li>
 * </ul>
 *
 * <p>One instance per kernel (or per message: it holds no per-invocation state).
 */
public final class DefaultCryptoOps implements CryptoOps {
    private static final Logger LOG = Logger.getLogger(DefaultCryptoOps.class.getName());
    /** fvm_shared's calibrationnet chain id and the last epoch of its V1P1 window PoSt quirk. */
    static final long CALIBNET_CHAIN_ID = 314159;
    static final long CALIBNET_V1P1_QUIRK_LAST_EPOCH = 498691;

    private final PriceList prices;
    private final GasTracker gas;
    private final ProofPolicy proofs;
    private final FvmLine line;
    private final int networkVersion;
    private final long chainId;
    private final long epoch;
    private final BlsBackend bls;

    /**
     * @param prices the network version's price list (its line, v2 or v3, decides the semantics)
     * @param gas the message's gas tracker
     * @param proofs the configured proof policy
     * @param networkVersion the machine's network version
     * @param chainId the network's chain id (v3 only uses it for the calibrationnet PoSt quirk; 0 in the vectors)
     * @param epoch the machine's epoch
     * @param bls the BLS backend ({@link BlsBackends#best()})
     */
    public DefaultCryptoOps(PriceList prices, GasTracker gas, ProofPolicy proofs, int networkVersion, long chainId,
            long epoch, BlsBackend bls) {
        this.prices = Objects.requireNonNull(prices, "prices");
        this.gas = Objects.requireNonNull(gas, "gas");
        this.proofs = Objects.requireNonNull(proofs, "proof policy");
        this.line = prices.line();
        if (line != FvmLine.V2 && line != FvmLine.V3) {
            throw new IllegalArgumentException("crypto syscalls are implemented for FVM v2 and v3, not " + line);
        }
        this.networkVersion = networkVersion;
        this.chainId = chainId;
        this.epoch = epoch;
        this.bls = Objects.requireNonNull(bls, "bls");
    }

    /**
     * The wiring point for the kernel: crypto for one message (or invocation) of a machine at
     * {@code networkVersion}/{@code epoch}, chain id 0 (ref-fvm's default; the vectors' networks), the best BLS
     * backend.
     */
    public static DefaultCryptoOps create(PriceList prices, GasTracker gas, ProofPolicy proofs, int networkVersion,
            long epoch) {
        return new DefaultCryptoOps(prices, gas, proofs, networkVersion, 0, epoch, SHARED_BLS);
    }

    private static final BlsBackend SHARED_BLS = BlsBackends.best();

    public ProofPolicy proofPolicy() {
        return proofs;
    }

    private void charge(GasCharge c) throws OutOfGasException {
        gas.apply(c);
    }

    private boolean v2() {
        return line == FvmLine.V2;
    }

    // ------------------------------------------------------------------ signatures and hashes

    @Override
    public boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext)
            throws OutOfGasException {
        SignatureType type = switch (sigType) {
            case 1 -> SignatureType.SECP256K1;
            case 2 -> SignatureType.BLS;
            default -> throw SyscallException.illegalArgument("unknown signature type " + sigType);
        };
        charge(prices.onVerifySignature(type, plaintext.length));
        int protocol = signer.protocol();
        if (protocol != Address.SECP256K1 && protocol != Address.BLS) {
            throw SyscallException.illegalArgument(v2()
                    ? "signer " + signer + " was not resolved to a key address"
                    : "address protocol " + protocol + " not supported");
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

    @Override
    public byte[] recoverSecpPublicKey(byte[] hash, byte[] signature) throws OutOfGasException {
        charge(prices.onRecoverSecpPublicKey());
        try {
            return Secp256k1.recoverPublicKey(hash, signature);
        } catch (IllegalArgumentException e) {
            throw SyscallException.illegalArgument("public key recovery failed: " + e.getMessage());
        }
    }

    @Override
    public byte[] hash(long hashCode, byte[] data) throws OutOfGasException {
        HashFunction h = Hashing.byCode(hashCode);
        if (v2()) {
            charge(prices.onHashing(h, data.length));
        }
        if (h == null) {
            throw SyscallException.illegalArgument("unsupported hash code " + Long.toUnsignedString(hashCode));
        }
        if (!v2()) {
            charge(prices.onHashing(h, data.length));
        }
        return Hashing.digest(h, data);
    }

    // ------------------------------------------------------------------ CommD

    /** Whether {@code proofType} is a RegisteredSealProof the version knows (v2: V1 and V1_1; v3: + Synthetic). */
    boolean knownSealProof(long proofType) {
        return proofType >= 0 && proofType <= (v2() ? 9 : 14);
    }

    @Override
    public Cid computeUnsealedSectorCid(long proofType, CborValue pieces) throws OutOfGasException {
        if (!knownSealProof(proofType)) {
            throw SyscallException.illegalArgument("invalid proof type " + proofType);
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
            throw SyscallException.illegalArgument("computing unsealed sector CID: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ proofs (through the policy)

    @Override
    public boolean verifySeal(CborValue sealVerifyInfo) throws OutOfGasException {
        SealVerifyInfo info = ProofInputs.seal(sealVerifyInfo);
        charge(prices.onVerifySeal());
        return proofs.verifySeal(info);
    }

    @Override
    public boolean verifyPost(CborValue windowPostVerifyInfo) throws OutOfGasException {
        WindowPoStVerifyInfo info = ProofInputs.windowPost(windowPostVerifyInfo);
        Long first = info.proofs().isEmpty() ? null : info.proofs().get(0).registeredProof();
        charge(prices.onVerifyPost(first, info.challengedSectors().size()));
        boolean quirk = !v2() && chainId == CALIBNET_CHAIN_ID && epoch <= CALIBNET_V1P1_QUIRK_LAST_EPOCH;
        return proofs.verifyWindowPost(info, quirk);
    }

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) throws OutOfGasException {
        charge(prices.onVerifyConsensusFault());
        ProofPolicy.FaultCheck r = proofs.verifyConsensusFault(h1, h2, extra);
        if (v2() && networkVersion <= 15 && r.externGas() != 0) {
            charge(GasCharge.compute("verify_consensus_fault_accesses", io.jfvm.gas.Gas.of(r.externGas())));
        }
        return r.fault();
    }

    @Override
    public boolean verifyAggregateSeals(CborValue aggregate) throws OutOfGasException {
        AggregateSealVerifyInfo info = ProofInputs.aggregate(aggregate);
        charge(prices.onVerifyAggregateSeals(info.sealProof(), info.infos().size()));
        return proofs.verifyAggregateSeals(info);
    }

    @Override
    public boolean verifyReplicaUpdate(CborValue replicaUpdateInfo) throws OutOfGasException {
        ReplicaUpdateInfo info = ProofInputs.replicaUpdate(replicaUpdateInfo);
        charge(prices.onVerifyReplicaUpdate());
        return proofs.verifyReplicaUpdate(info);
    }

    @Override
    public boolean[] batchVerifySeals(CborValue batch) throws OutOfGasException {
        List<SealVerifyInfo> seals = ProofInputs.seals(batch);
        return proofs.batchVerifySeals(seals, line, prices, this::charge);
    }

    @Override
    public String toString() {
        return "DefaultCryptoOps[" + line + ", nv" + networkVersion + ", proofs=" + proofs.kind().cliName() + "]";
    }
}
