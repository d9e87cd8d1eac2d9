package io.jfvm.ipld.cbor;

import io.jfvm.ipld.Cid;

/** A CID link: CBOR tag 42 over a byte string holding 0x00 followed by the binary CID. */
public record CborLink(Cid cid) implements CborValue {
    @Override
    public String kind() {
        return "CID link";
    }
}
