package io.jfvm.gas.price;

/** Filecoin signature types, with their wire codes. */
public enum SignatureType {
    SECP256K1(1),
    BLS(2);

    public final int code;

    SignatureType(int code) {
        this.code = code;
    }
}
