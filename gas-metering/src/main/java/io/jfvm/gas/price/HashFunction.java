package io.jfvm.gas.price;

/** The hash functions the FVM prices, with their multihash codes. */
public enum HashFunction {
    SHA2_256(0x12),
    BLAKE2B_256(0xb220),
    BLAKE2B_512(0xb240),
    KECCAK_256(0x1b),
    RIPEMD_160(0x1053);

    public final long multihashCode;

    HashFunction(long multihashCode) {
        this.multihashCode = multihashCode;
    }
}
