package io.jfvm.proofs;

import java.util.List;

/**
 * The proof and signature operations behind the FVM's crypto syscalls (ref-fvm
 * {@code kernel/filecoin.rs}; jfvm fvm-reference.md §2.5), for the kernel to call.
 *
 * <p>Error convention, mirroring the FVM: a well-formed but wrong proof or signature gives
 * {@code false}; malformed input (bad CID codec or multihash, non-canonical commitment, wrong proof
 * length, unknown or mixed proof types) throws {@link IllegalArgumentException}, which the kernel
 * maps to the IllegalArgument syscall error; a missing or corrupt verifying key throws
 * {@link io.jfvm.proofs.params.ParametersMissingException} (a node configuration error).
 * CIDs are binary CIDs (as decoded from DAG-CBOR).
 */
public interface ProofVerifier {

    /** Signature types as in fvm_shared: 1 = secp256k1, 2 = BLS. */
    int SIG_SECP256K1 = 1;
    int SIG_BLS = 2;

    /**
     * crypto.verify_signature. {@code signerAddress} is the raw address bytes (protocol byte
     * followed by the payload); it must be an f1 address for secp256k1 and an f3 address for BLS.
     */
    boolean verifySignature(int sigType, byte[] signature, byte[] signerAddress, byte[] plaintext);

    /**
     * crypto.verify_bls_aggregate: valid when there are no signers, or when the aggregate signs the
     * distinct plaintexts with the corresponding 48-byte keys. Invalid for bad points, repeated
     * plaintexts, or keys at infinity.
     */
    boolean verifyBlsAggregate(byte[] signature, List<byte[]> publicKeys, List<byte[]> plaintexts);

    /** crypto.recover_secp_public_key: 65-byte uncompressed key; malleable (high-S) signatures accepted. */
    byte[] recoverSecpPublicKey(byte[] hash32, byte[] signature65);

    /** compute_unsealed_sector_cid: the binary CID of the sector's CommD. */
    byte[] computeUnsealedSectorCid(long registeredSealProof, List<PieceInfo> pieces);

    /** One seal (PoRep) proof; used by batch_verify_seals. */
    boolean verifySeal(SealVerifyInfo info);

    /** batch_verify_seals: one result per seal; a malformed seal is simply false here. */
    boolean[] batchVerifySeals(List<SealVerifyInfo> seals);

    /** verify_post (Window PoSt). */
    boolean verifyWindowPost(WindowPoStVerifyInfo info);

    /** Winning PoSt (node side, block validation). */
    boolean verifyWinningPost(WinningPoStVerifyInfo info);

    /** verify_aggregate_seals (SnarkPack). */
    boolean verifyAggregateSeals(AggregateSealVerifyInfo info);

    /** verify_replica_update (SnapDeals). */
    boolean verifyReplicaUpdate(ReplicaUpdateInfo info);

    // ---- inputs, shaped after fvm_shared's types ----

    /** A piece: padded size and binary piece CID (codec 0xf101, multihash 0x1012). */
    record PieceInfo(long paddedSize, byte[] cid) {
    }

    /** fvm_shared SealVerifyInfo; {@code minerId} is the actor id of SectorID.miner. */
    record SealVerifyInfo(long registeredProof, long minerId, long sectorNumber, byte[] randomness,
                          byte[] interactiveRandomness, byte[] proof, byte[] sealedCid, byte[] unsealedCid) {
    }

    /** fvm_shared SectorInfo. */
    record SectorInfo(long registeredSealProof, long sectorNumber, byte[] sealedCid) {
    }

    /** fvm_shared PoStProof. */
    record PoStProof(long registeredProof, byte[] proofBytes) {
    }

    /** fvm_shared WindowPoStVerifyInfo; {@code proverId} is the miner's actor id. */
    record WindowPoStVerifyInfo(byte[] randomness, List<PoStProof> proofs, List<SectorInfo> challengedSectors,
                                long proverId) {
    }

    /** fvm_shared WinningPoStVerifyInfo. */
    record WinningPoStVerifyInfo(byte[] randomness, List<PoStProof> proofs, List<SectorInfo> challengedSectors,
                                 long proverId) {
    }

    /** One sector of an aggregate (fvm_shared AggregateSealVerifyInfo). */
    record AggregateSealSector(long sectorNumber, byte[] randomness, byte[] interactiveRandomness,
                               byte[] sealedCid, byte[] unsealedCid) {
    }

    /** fvm_shared AggregateSealVerifyProofAndInfos; aggregateProofType 0 = SnarkPackV1, 1 = V2. */
    record AggregateSealVerifyInfo(long minerId, long sealProof, long aggregateProofType, byte[] proof,
                                   List<AggregateSealSector> infos) {
    }

    /** fvm_shared ReplicaUpdateInfo. */
    record ReplicaUpdateInfo(long updateProofType, byte[] newSealedCid, byte[] oldSealedCid,
                             byte[] newUnsealedCid, byte[] proof) {
    }
}
