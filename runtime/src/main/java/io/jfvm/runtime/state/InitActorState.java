package io.jfvm.runtime.state;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.cbor.CborValue;
import java.util.List;

/**
 * The init actor's state (actors v8-v11): {@code [address_map (HAMT bw 5: address bytes -> u64 id), next_id,
 * network_name]}.
 */
public record InitActorState(Cid addressMap, long nextId, String networkName) {
    public static InitActorState fromCbor(CborValue v) {
        List<CborValue> f = v.asTuple(3, "init actor state");
        return new InitActorState(f.get(0).asCid(), f.get(1).asU64(), f.get(2).asText());
    }

    public CborValue toCbor() {
        return CborArray.of(new CborLink(addressMap), CborInt.ofU64(nextId), new CborText(networkName));
    }
}
