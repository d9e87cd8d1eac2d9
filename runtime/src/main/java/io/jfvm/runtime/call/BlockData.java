package io.jfvm.runtime.call;

import io.jfvm.ipld.Cid;
import java.util.List;

/**
 * An IPLD block handed between actors without a CID: message parameters and return values, as ref-fvm's kernel
 * {@code Block} (codec, bytes and, from FVM v4, the links its scan found, which travel with it and become reachable
 * wherever it is received). The bytes are owned by the block and must not be modified.
 *
 * @param codec the multicodec (DAG-CBOR 0x71, CBOR 0x51 or RAW 0x55)
 * @param data the block's bytes
 * @param links the CIDs the block links to (empty before v4, and for CBOR and RAW blocks)
 */
public record BlockData(long codec, byte[] data, List<Cid> links) {
    public BlockData {
        links = List.copyOf(links);
    }

    /** A block without links. */
    public BlockData(long codec, byte[] data) {
        this(codec, data, List.of());
    }

    public int size() {
        return data.length;
    }
}
