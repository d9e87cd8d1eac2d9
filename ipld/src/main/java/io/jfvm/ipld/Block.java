package io.jfvm.ipld;

/** A block: its CID and its bytes. The array is owned by the block: do not modify it. */
public record Block(Cid cid, byte[] data) {
    /** Builds a block, hashing {@code data} with blake2b-256 under {@code codec}. */
    public static Block of(long codec, byte[] data) {
        return new Block(Cid.of(codec, data), data);
    }

    /** True if the CID's multihash is computable and matches the data. */
    public boolean verifies() {
        return cid.multihash().matches(data);
    }
}
