package io.jfvm.ipld.store;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.util.List;

/**
 * A content-addressed block store. Implementations trust the CID given to {@link #put}; use the helpers that
 * compute the CID ({@link #put(long, byte[])}, {@link #putCbor}) unless the block came from a verified source.
 */
public interface Blockstore {
    /** The block's bytes, or null if this store does not have it. The caller must not modify the array. */
    byte[] get(Cid cid);

    void put(Cid cid, byte[] data);

    /** Stores several blocks; persistent stores override this to write them in one transaction. */
    default void putMany(List<Block> blocks) {
        for (Block b : blocks) {
            put(b.cid(), b.data());
        }
    }

    default boolean has(Cid cid) {
        return get(cid) != null;
    }

    /** The block's bytes; fails with {@link BlockNotFoundException} if absent. */
    default byte[] require(Cid cid) {
        byte[] data = get(cid);
        if (data == null) {
            throw new BlockNotFoundException(cid);
        }
        return data;
    }

    /** Stores {@code data} under its blake2b-256 CIDv1 with {@code codec} and returns that CID. */
    default Cid put(long codec, byte[] data) {
        Cid cid = Cid.of(codec, data);
        put(cid, data);
        return cid;
    }

    /** Stores the canonical DAG-CBOR encoding of {@code value} (blake2b-256), as ref-fvm's {@code put_cbor} does. */
    default Cid putCbor(CborValue value) {
        return put(Multicodec.DAG_CBOR, DagCbor.encode(value));
    }

    /** Loads and strictly decodes a DAG-CBOR block. */
    default CborValue getCbor(Cid cid) {
        byte[] data = require(cid);
        try {
            return DagCbor.decode(data);
        } catch (IpldException e) {
            throw new IpldException("block " + cid + ": " + e.getMessage(), e);
        }
    }
}
