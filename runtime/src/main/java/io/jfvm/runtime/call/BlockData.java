package io.jfvm.runtime.call;

/**
 * An IPLD block handed between actors without a CID: message parameters and return values, as ref-fvm's
 * kernel {@code Block} (codec and bytes). The bytes are owned by the block and must not be modified.
 *
 * @param codec the multicodec (DAG-CBOR 0x71, CBOR 0x51 or RAW 0x55)
 * @param data the block's bytes
 */
public record BlockData(long codec, byte[] data) {
    public int size() {
        return data.length;
    }
}
