package io.jfvm.ipld.types;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborNull;
import io.jfvm.ipld.cbor.CborValue;
import java.util.List;

/**
 * An actor's entry in the state tree: {@code [code, state, sequence, balance]} (state tree V3/V4, FVM v2) or
 * {@code [code, state, sequence, balance, delegated_address | null]} (V5, FVM v3). {@code sequence} is a u64.
 */
public record ActorState(Cid code, Cid state, long sequence, TokenAmount balance, Address delegatedAddress) {

    /** A fresh actor: empty-array state, sequence 0, zero balance (ref-fvm {@code ActorState::new_empty}). */
    public static ActorState empty(Cid code, Address delegatedAddress) {
        return new ActorState(code, StateRoot.EMPTY_ARRAY_CID, 0, TokenAmount.ZERO, delegatedAddress);
    }

    public static ActorState fromCbor(CborValue v) {
        List<CborValue> f = v.asList();
        if (f.size() != 4 && f.size() != 5) {
            throw new IpldException("actor state: expected 4 (V4) or 5 (V5) fields, got " + f.size());
        }
        Address delegated = f.size() == 5 && !f.get(4).isNull() ? Address.fromCbor(f.get(4)) : null;
        return new ActorState(f.get(0).asCid(), f.get(1).asCid(), f.get(2).asU64(), TokenAmount.fromCbor(f.get(3)), delegated);
    }

    /** Encodes in the given state tree version; the 4-field versions cannot hold a delegated address. */
    public CborValue toCbor(StateTreeVersion version) {
        CborValue code = new CborLink(this.code);
        CborValue head = new CborLink(state);
        if (version.actorFields() == 4) {
            if (delegatedAddress != null) {
                throw new IllegalStateException("state tree " + version + " cannot store delegated address " + delegatedAddress);
            }
            return CborArray.of(code, head, CborInt.ofU64(sequence), balance.toCbor());
        }
        return CborArray.of(code, head, CborInt.ofU64(sequence), balance.toCbor(),
                delegatedAddress == null ? CborNull.NULL : delegatedAddress.toCbor());
    }

    public ActorState withState(Cid newState) {
        return new ActorState(code, newState, sequence, balance, delegatedAddress);
    }

    public ActorState withBalance(TokenAmount newBalance) {
        return new ActorState(code, state, sequence, newBalance, delegatedAddress);
    }

    public ActorState withSequence(long newSequence) {
        return new ActorState(code, state, newSequence, balance, delegatedAddress);
    }
}
