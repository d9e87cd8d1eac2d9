package io.jfvm.ipld.types;

import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborValue;
import java.util.Arrays;

/** A signature: serialized as a byte string holding the type byte followed by the signature bytes. */
public record Signature(int type, byte[] data) {
    public static final int SECP256K1 = 1;
    public static final int BLS = 2;
    /** FIP-0055 delegated (Ethereum) signatures, used from nv18 on. */
    public static final int DELEGATED = 3;

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.type == type && Arrays.equals(s.data, data);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(data);
    }

    public static Signature fromCbor(CborValue v) {
        byte[] b = v.asBytes();
        if (b.length == 0) {
            throw new IpldException("empty signature bytes");
        }
        int type = b[0] & 0xFF;
        if (type != SECP256K1 && type != BLS && type != DELEGATED) {
            throw IpldException.at(0, "unknown signature type " + type);
        }
        return new Signature(type, Arrays.copyOfRange(b, 1, b.length));
    }

    public CborValue toCbor() {
        byte[] out = new byte[data.length + 1];
        out[0] = (byte) type;
        System.arraycopy(data, 0, out, 1, data.length);
        return new CborBytes(out);
    }
}
