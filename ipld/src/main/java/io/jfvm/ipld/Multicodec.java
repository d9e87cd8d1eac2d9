package io.jfvm.ipld;

/** Content codec codes that appear in Filecoin CIDs. */
public final class Multicodec {
    public static final long RAW = 0x55;
    /** Plain CBOR: links inside are not traversed (FVM parameter blocks). */
    public static final long CBOR = 0x51;
    public static final long DAG_CBOR = 0x71;
    /** The implicit codec of CIDv0. */
    public static final long DAG_PB = 0x70;
    /** Piece commitment (CommP / CommD), hashed with sha2-256-trunc254-padded. */
    public static final long FIL_COMMITMENT_UNSEALED = 0xf101;
    /** Replica commitment (CommR), hashed with poseidon-bls12_381-a2-fc1. */
    public static final long FIL_COMMITMENT_SEALED = 0xf102;

    private Multicodec() {}

    public static String name(long codec) {
        if (codec == RAW) return "raw";
        if (codec == CBOR) return "cbor";
        if (codec == DAG_CBOR) return "dag-cbor";
        if (codec == DAG_PB) return "dag-pb";
        if (codec == FIL_COMMITMENT_UNSEALED) return "fil-commitment-unsealed";
        if (codec == FIL_COMMITMENT_SEALED) return "fil-commitment-sealed";
        return "0x" + Long.toHexString(codec);
    }
}
