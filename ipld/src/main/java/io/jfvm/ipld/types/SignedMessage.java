package io.jfvm.ipld.types;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.util.List;

/** A message with its signature: the CBOR tuple {@code [message, signature]}. */
public record SignedMessage(Message message, Signature signature) {
    public static SignedMessage decode(byte[] bytes) {
        return fromCbor(DagCbor.decode(bytes));
    }

    public static SignedMessage fromCbor(CborValue v) {
        List<CborValue> f = v.asTuple(2, "signed message");
        return new SignedMessage(Message.fromCbor(f.get(0)), Signature.fromCbor(f.get(1)));
    }

    public CborValue toCbor() {
        return CborArray.of(message.toCbor(), signature.toCbor());
    }

    public byte[] encode() {
        return DagCbor.encode(toCbor());
    }

    /**
     * The signed message's CID (dag-cbor, blake2b-256 of {@link #encode()}): how a chain identifies a secp256k1 or
     * delegated message (a BLS message is identified by its unsigned {@link Message#cid()}).
     */
    public Cid cid() {
        return Cid.of(Multicodec.DAG_CBOR, encode());
    }
}
