package io.jfvm.evm;

import java.math.BigInteger;

/**
 * A secp256k1 signature as an Ethereum transaction carries it: {@code r}, {@code s} and the y parity of the
 * signature's point R (the recovery id, 0 or 1). How the parity is written as {@code v} depends on the
 * transaction type ({@link EthTransaction#v(int)}).
 * Only the shape is checked here (non-negative, at most 32 bytes); {@link Secp256k1#recover} checks the values.
 */
public record EthSignature(BigInteger r, BigInteger s, int yParity) {
    public EthSignature {
        requireScalarShape("r", r);
        requireScalarShape("s", s);
        if (yParity != 0 && yParity != 1) {
            throw new IllegalArgumentException("signature y parity must be 0 or 1, got " + yParity);
        }
    }

    private static void requireScalarShape(String name, BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) {
            throw new IllegalArgumentException("signature " + name + " must be an unsigned 256-bit integer, got " + v);
        }
    }

    /** {@code r ‖ s}, each left-padded to 32 bytes. */
    public byte[] rs() {
        byte[] out = new byte[64];
        Bytes.writePadded(r, out, 0, 32);
        Bytes.writePadded(s, out, 32, 32);
        return out;
    }
}
