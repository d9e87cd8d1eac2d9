package io.jfvm.ipld.types;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.util.Arrays;
import java.util.List;

/**
 * An unsigned message, the CBOR tuple
 * {@code [version, to, from, sequence, value, gas_limit, gas_fee_cap, gas_premium, method_num, params]}
 * (note: {@code to} comes before {@code from}). {@code sequence} and {@code methodNum} are u64 (bits of a long).
 * {@code gasLimit} is i64 in FVM v2 and u64 in v3; it is kept as a signed long and values above 2^63-1 are
 * rejected, which no valid message can carry since block gas limits are far smaller.
 * Equality compares the encoded bytes; {@code params} is owned by the message and must not be modified.
 */
public record Message(long version, Address to, Address from, long sequence, TokenAmount value, long gasLimit,
                      TokenAmount gasFeeCap, TokenAmount gasPremium, long methodNum, byte[] params) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && Arrays.equals(m.encode(), encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    public static Message decode(byte[] bytes) {
        return fromCbor(DagCbor.decode(bytes));
    }

    public static Message fromCbor(CborValue v) {
        List<CborValue> f = v.asTuple(10, "message");
        try {
            return new Message(f.get(0).asU64(), Address.fromCbor(f.get(1)), Address.fromCbor(f.get(2)), f.get(3).asU64(),
                    TokenAmount.fromCbor(f.get(4)), f.get(5).asLong(), TokenAmount.fromCbor(f.get(6)),
                    TokenAmount.fromCbor(f.get(7)), f.get(8).asU64(), f.get(9).asBytes());
        } catch (IpldException e) {
            throw new IpldException("message: " + e.getMessage(), e);
        }
    }

    public CborValue toCbor() {
        return CborArray.of(CborInt.ofU64(version), to.toCbor(), from.toCbor(), CborInt.ofU64(sequence), value.toCbor(),
                CborInt.of(gasLimit), gasFeeCap.toCbor(), gasPremium.toCbor(), CborInt.ofU64(methodNum),
                new CborBytes(params));
    }

    public byte[] encode() {
        return DagCbor.encode(toCbor());
    }

    /** The message CID (dag-cbor, blake2b-256), which is what secp256k1 senders sign. */
    public Cid cid() {
        return Cid.of(Multicodec.DAG_CBOR, encode());
    }
}
