package io.jfvm.runtime.kernel.crypto;

import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.proofs.ProofVerifier.AggregateSealSector;
import io.jfvm.proofs.ProofVerifier.AggregateSealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.PieceInfo;
import io.jfvm.proofs.ProofVerifier.PoStProof;
import io.jfvm.proofs.ProofVerifier.ReplicaUpdateInfo;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import io.jfvm.proofs.ProofVerifier.SectorInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.ipld.types.SyscallError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps the decoded CBOR of the proof syscalls to the verifier's inputs, with the shapes serde gives fvm_shared's
 * types (all tuple structs): proof-type enums are any i64 (unknown values decode as {@code Invalid} and fail
 * later), ids and numbers are u64, randomness and proofs are byte strings ({@code strict_bytes}), except
 * {@code ReplicaUpdateInfo.proof}, a plain {@code Vec<u8>}, which serde writes as an array of integers. Any other
 * shape is IllegalArgument, as when ref-fvm's syscall layer fails to decode.
 */
final class ProofInputs {
    private ProofInputs() {}

    static <T> T decode(String what, CborValue v, Function<CborValue, T> f) {
        try {
            return f.apply(v);
        } catch (SyscallError e) {
            throw e;
        } catch (RuntimeException e) {
            throw SyscallError.illegalArgument("failed to decode " + what + ": " + e.getMessage());
        }
    }

    /** {@code Vec<PieceInfo>}: {@code [[size u64, cid], ...]}. */
    static List<PieceInfo> pieces(CborValue v) {
        return decode("pieces", v, x -> list(x, p -> {
            List<CborValue> t = p.asTuple(2, "PieceInfo");
            return new PieceInfo(t.get(0).asU64(), t.get(1).asCid().toBytes());
        }));
    }

    /** {@code SealVerifyInfo}: [registered_proof, [miner, number], deal_ids, randomness, interactive_randomness,
     * proof, sealed_cid, unsealed_cid]. */
    static SealVerifyInfo seal(CborValue v) {
        return decode("SealVerifyInfo", v, ProofInputs::sealUnchecked);
    }

    static List<SealVerifyInfo> seals(CborValue v) {
        return decode("seal batch", v, x -> list(x, ProofInputs::sealUnchecked));
    }

    private static SealVerifyInfo sealUnchecked(CborValue v) {
        List<CborValue> t = v.asTuple(8, "SealVerifyInfo");
        List<CborValue> sid = t.get(1).asTuple(2, "SectorID");
        list(t.get(2), CborValue::asU64); // deal ids: decoded (u64) and unused by verification
        return new SealVerifyInfo(t.get(0).asLong(), sid.get(0).asU64(), sid.get(1).asU64(), t.get(3).asBytes(),
                t.get(4).asBytes(), t.get(5).asBytes(), t.get(6).asCid().toBytes(), t.get(7).asCid().toBytes());
    }

    /** {@code WindowPoStVerifyInfo}: [randomness, [[post_proof, proof_bytes]], [[proof, sector_number,
     * sealed_cid]], prover]. */
    static WindowPoStVerifyInfo windowPost(CborValue v) {
        return decode("WindowPoStVerifyInfo", v, x -> {
            List<CborValue> t = x.asTuple(4, "WindowPoStVerifyInfo");
            List<PoStProof> proofs = list(t.get(1), p -> {
                List<CborValue> pt = p.asTuple(2, "PoStProof");
                return new PoStProof(pt.get(0).asLong(), pt.get(1).asBytes());
            });
            List<SectorInfo> sectors = list(t.get(2), s -> {
                List<CborValue> st = s.asTuple(3, "SectorInfo");
                return new SectorInfo(st.get(0).asLong(), st.get(1).asU64(), st.get(2).asCid().toBytes());
            });
            return new WindowPoStVerifyInfo(t.get(0).asBytes(), proofs, sectors, t.get(3).asU64());
        });
    }

    /** {@code AggregateSealVerifyProofAndInfos}: [miner, seal_proof, aggregate_proof, proof, infos]. */
    static AggregateSealVerifyInfo aggregate(CborValue v) {
        return decode("AggregateSealVerifyProofAndInfos", v, x -> {
            List<CborValue> t = x.asTuple(5, "AggregateSealVerifyProofAndInfos");
            List<AggregateSealSector> infos = list(t.get(4), i -> {
                List<CborValue> it = i.asTuple(5, "AggregateSealVerifyInfo");
                return new AggregateSealSector(it.get(0).asU64(), it.get(1).asBytes(), it.get(2).asBytes(),
                        it.get(3).asCid().toBytes(), it.get(4).asCid().toBytes());
            });
            return new AggregateSealVerifyInfo(t.get(0).asU64(), t.get(1).asLong(), t.get(2).asLong(),
                    t.get(3).asBytes(), infos);
        });
    }

    /** {@code ReplicaUpdateInfo}: [update_proof_type, old_sealed_cid, new_sealed_cid, new_unsealed_cid, proof]. */
    static ReplicaUpdateInfo replicaUpdate(CborValue v) {
        return decode("ReplicaUpdateInfo", v, x -> {
            List<CborValue> t = x.asTuple(5, "ReplicaUpdateInfo");
            List<CborValue> items = t.get(4).asList();
            byte[] proof = new byte[items.size()];
            for (int i = 0; i < proof.length; i++) {
                long b = items.get(i).asU64();
                if (b < 0 || b > 255) {
                    throw new IllegalArgumentException("proof byte " + i + " out of range: " + Long.toUnsignedString(b));
                }
                proof[i] = (byte) b;
            }
            return new ReplicaUpdateInfo(t.get(0).asLong(), t.get(2).asCid().toBytes(), t.get(1).asCid().toBytes(),
                    t.get(3).asCid().toBytes(), proof);
        });
    }

    private static <T> List<T> list(CborValue v, Function<CborValue, T> item) {
        List<CborValue> items = v.asList();
        List<T> out = new ArrayList<>(items.size());
        for (CborValue i : items) {
            out.add(item.apply(i));
        }
        return out;
    }
}
