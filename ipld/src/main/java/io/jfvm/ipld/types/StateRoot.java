package io.jfvm.ipld.types;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.util.List;

/** The state tree root block {@code [version, actors (HAMT root), info]}. */
public record StateRoot(StateTreeVersion version, Cid actors, Cid info) {
    /** CID of the empty CBOR array {@code 0x80}: the empty {@code StateInfo0} and every fresh actor's state. */
    public static final Cid EMPTY_ARRAY_CID = Cid.of(Multicodec.DAG_CBOR, DagCbor.encode(CborArray.EMPTY));

    public static StateRoot fromCbor(CborValue v) {
        List<CborValue> f = v.asTuple(3, "state root");
        return new StateRoot(StateTreeVersion.of(f.get(0).asLong()), f.get(1).asCid(), f.get(2).asCid());
    }

    public CborValue toCbor() {
        return CborArray.of(CborInt.of(version.number()), new CborLink(actors), new CborLink(info));
    }
}
