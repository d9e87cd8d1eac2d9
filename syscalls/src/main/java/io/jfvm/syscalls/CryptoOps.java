package io.jfvm.syscalls;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;

/**
 * {@code crypto.*}. Proof inputs arrive as decoded CBOR (the syscall layer rejects undecodable CBOR with
 * IllegalArgument); the kernel maps them to its proof types and throws IllegalArgument for a wrong shape.
 */
public interface CryptoOps {
    /** @param sigType 1 secp256k1, 2 BLS (checked by the syscall layer) */
    boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext)
           ;

    /**
     * v4 (FIP-0079) {@code verify_bls_aggregate}: the kernel charges for {@code input}'s signers and plaintext bytes
     * before it reads the inputs themselves.
     */
    boolean verifyBlsAggregate(BlsAggregateInput input);

    /** 65-byte uncompressed public key from a 32-byte hash and a 65-byte signature. */
    byte[] recoverSecpPublicKey(byte[] hash, byte[] signature);

    /** The digest for a multihash code (IllegalArgument for an unsupported code). */
    byte[] hash(long hashCode, byte[] data);

    /** @param proofType RegisteredSealProof as i64 (the kernel rejects invalid types with IllegalArgument) */
    Cid computeUnsealedSectorCid(long proofType, CborValue pieces);

    /** v2 only ({@code crypto.verify_seal}, not imported by the v9 bundle). */
    boolean verifySeal(CborValue sealVerifyInfo);

    boolean verifyPost(CborValue windowPostVerifyInfo);

    /** @return the fault, or null for none */
    ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra);

    boolean verifyAggregateSeals(CborValue aggregate);

    boolean verifyReplicaUpdate(CborValue replicaUpdateInfo);

    /** One result per element of the CBOR array {@code batch} (the syscall layer checked it is an array). */
    boolean[] batchVerifySeals(CborValue batch);
}
