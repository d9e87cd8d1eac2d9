package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.checkBounds;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;
import static io.jfvm.syscalls.ActorMemory.readAddress;
import static io.jfvm.syscalls.ActorMemory.slice;
import static io.jfvm.syscalls.ActorMemory.writeCid;

import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborReader;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;

/** The {@code crypto} namespace ({@code fvm/src/syscalls/crypto.rs}). */
final class CryptoSyscalls {
    private CryptoSyscalls() {}

    static final int VERIFY_CONSENSUS_FAULT = 20;
    static final int SECP_PUB_LEN = 65;
    static final int SECP_SIG_LEN = 65;
    static final int SECP_HASH_LEN = 32;

    /** {@code crypto.verify_signature(r, sig_type, sig_off, sig_len, addr_off, addr_len, pt_off, pt_len) -> i32}. */
    static int verifySignature(SyscallContext c, int ret, int sigType, int sigOff, int sigLen, int addrOff,
            int addrLen, int ptOff, int ptLen) {
        return c.call(ret, 4, () -> {
            if (sigType != 1 && sigType != 2) {
                throw SyscallError.illegalArgument("unknown signature type " + Integer.toUnsignedString(sigType));
            }
            byte[] mem = c.mem();
            byte[] sig = slice(mem, sigOff, sigLen);
            var signer = readAddress(mem, addrOff, addrLen);
            byte[] plaintext = slice(mem, ptOff, ptLen);
            verdict(c, ret, c.kernel.verifySignature(sigType, sig, signer, plaintext));
        });
    }

    /**
     * v4 {@code crypto.verify_bls_aggregate(r, n, sig_off, pubkeys_off, plaintexts_off, lens_off) -> i32}
     * (FIP-0079): 0 for valid, -1 for invalid. What is read and checked before the kernel charges is in
     * {@link BlsAggregateInput}.
     */
    static int verifyBlsAggregate(SyscallContext c, int ret, int n, int sigOff, int keysOff, int plaintextsOff,
            int lensOff) {
        return c.call(ret, 4, () -> verdict(c, ret, c.kernel.verifyBlsAggregate(
                BlsAggregateInput.read(c.mem(), n, sigOff, keysOff, plaintextsOff, lensOff))));
    }

    /** {@code crypto.recover_secp_public_key(r, hash_off, sig_off) -> [u8; 65]}. */
    static int recoverSecpPublicKey(SyscallContext c, int ret, int hashOff, int sigOff) {
        return c.call(ret, SECP_PUB_LEN, () -> {
            byte[] hash = slice(c.mem(), hashOff, SECP_HASH_LEN);
            byte[] sig = slice(c.mem(), sigOff, SECP_SIG_LEN);
            byte[] key = c.kernel.recoverSecpPublicKey(hash, sig);
            if (key.length != SECP_PUB_LEN) {
                throw new Fatal("kernel returned a public key of " + key.length + " bytes");
            }
            System.arraycopy(key, 0, c.mem(), ret, SECP_PUB_LEN);
        });
    }

    /**
     * {@code crypto.hash(r, code, data_off, data_len, digest_off, digest_len) -> u32}: the digest buffer is checked
     * first; writes min(digest_len, digest size) bytes.
     */
    static int hash(SyscallContext c, int ret, long code, int dataOff, int dataLen, int digestOff, int digestLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), digestOff, digestLen);
            byte[] digest = c.kernel.hash(code, slice(c.mem(), dataOff, dataLen));
            int n = (int) Math.min(Integer.toUnsignedLong(digestLen), digest.length);
            System.arraycopy(digest, 0, c.mem(), digestOff, n);
            putU32(c.mem(), ret, n);
        });
    }

    /** {@code crypto.compute_unsealed_sector_cid(r, proof_type, pieces_off, pieces_len, cid_off, cid_len) -> u32}. */
    static int computeUnsealedSectorCid(SyscallContext c, int ret, long proofType, int piecesOff, int piecesLen,
            int cidOff, int cidLen) {
        return c.call(ret, 4, () -> {
            CborValue pieces = readCbor(c.mem(), piecesOff, piecesLen);
            checkBounds(c.mem(), cidOff, cidLen);
            var cid = c.kernel.computeUnsealedSectorCid(proofType, pieces);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, cidOff, cidLen));
        });
    }

    /** v2 {@code crypto.verify_seal(r, info_off, info_len) -> i32}. */
    static int verifySeal(SyscallContext c, int ret, int off, int len) {
        return c.call(ret, 4, () -> verdict(c, ret, c.kernel.verifySeal(readCbor(c.mem(), off, len))));
    }

    /** {@code crypto.verify_post(r, info_off, info_len) -> i32}. */
    static int verifyPost(SyscallContext c, int ret, int off, int len) {
        return c.call(ret, 4, () -> verdict(c, ret, c.kernel.verifyPost(readCbor(c.mem(), off, len))));
    }

    /** {@code crypto.verify_consensus_fault(r, h1, h1_len, h2, h2_len, extra, extra_len) -> VerifyConsensusFault}. */
    static int verifyConsensusFault(SyscallContext c, int ret, int h1Off, int h1Len, int h2Off, int h2Len,
            int extraOff, int extraLen) {
        return c.call(ret, VERIFY_CONSENSUS_FAULT, () -> {
            byte[] mem = c.mem();
            byte[] h1 = slice(mem, h1Off, h1Len);
            byte[] h2 = slice(mem, h2Off, h2Len);
            byte[] extra = slice(mem, extraOff, extraLen);
            ConsensusFault f = c.kernel.verifyConsensusFault(h1, h2, extra);
            mem = c.mem();
            putU64(mem, ret, f == null ? 0 : f.epoch());
            putU64(mem, ret + 8, f == null ? 0 : f.target());
            putU32(mem, ret + 16, f == null ? 0 : f.faultType());
        });
    }

    /** {@code crypto.verify_aggregate_seals(r, off, len) -> i32}. */
    static int verifyAggregateSeals(SyscallContext c, int ret, int off, int len) {
        return c.call(ret, 4, () -> verdict(c, ret, c.kernel.verifyAggregateSeals(readCbor(c.mem(), off, len))));
    }

    /** {@code crypto.verify_replica_update(r, off, len) -> i32}. */
    static int verifyReplicaUpdate(SyscallContext c, int ret, int off, int len) {
        return c.call(ret, 4, () -> verdict(c, ret, c.kernel.verifyReplicaUpdate(readCbor(c.mem(), off, len))));
    }

    /**
     * {@code crypto.batch_verify_seals(batch_off, batch_len, result_off)}: no ret pointer; one 0/1 byte per seal at
     * {@code result_off}, bounds-checked after decoding and before verifying.
     */
    static int batchVerifySeals(SyscallContext c, int batchOff, int batchLen, int resultOff) {
        return c.call(() -> {
            CborValue batch = readCbor(c.mem(), batchOff, batchLen);
            if (!(batch instanceof CborArray arr)) {
                throw SyscallError.illegalArgument("seal batch is not a CBOR array");
            }
            int n = arr.items().size();
            checkBounds(c.mem(), resultOff, n);
            boolean[] results = c.kernel.batchVerifySeals(batch);
            if (results.length != n) {
                throw new Fatal("expected one result per input: " + n + " != " + results.length);
            }
            byte[] mem = c.mem();
            for (int i = 0; i < n; i++) {
                mem[resultOff + i] = (byte) (results[i] ? 1 : 0);
            }
        });
    }

    /** A check's verdict as the ABI returns it: 0 valid, -1 invalid. */
    private static void verdict(SyscallContext c, int ret, boolean valid) {
        putU32(c.mem(), ret, valid ? 0 : -1);
    }

    /** {@code read_cbor}: decodes exactly {@code len} bytes of DAG-CBOR; any failure is IllegalArgument. */
    static CborValue readCbor(byte[] mem, int off, int len) {
        byte[] bytes = slice(mem, off, len);
        try {
            return CborReader.decodeExact(bytes);
        } catch (RuntimeException e) {
            throw SyscallError.illegalArgument("failed to decode cbor: " + e.getMessage());
        }
    }
}
