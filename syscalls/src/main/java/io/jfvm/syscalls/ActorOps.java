package io.jfvm.syscalls;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;

/** {@code actor.*}. Actor ids are u64 carried as long bits. */
public interface ActorOps {
    /** The actor id of {@code address}; NotFound when it does not resolve. */
    long resolveAddress(Address address);

    /** NotFound when the actor does not exist. */
    Cid getActorCodeCid(long actorId);

    /** v3 {@code next_actor_address} / v2 {@code new_actor_address}, with each line's derivation. */
    Address nextActorAddress();

    /** @param delegatedAddress v3 only; null when absent (always null in v2) */
    void createActor(Cid codeCid, long actorId, Address delegatedAddress);

    /** The builtin type number of a code CID, or 0. */
    int getBuiltinActorType(Cid codeCid);

    /** IllegalArgument for an unknown type. */
    Cid getCodeCidForType(int type);

    /** v3: the actor's f4 address, or null; NotFound when the actor does not exist. */
    Address lookupDelegatedAddress(long actorId);

    /** v3: NotFound when the actor does not exist. */
    TokenAmount balanceOf(long actorId);
}
