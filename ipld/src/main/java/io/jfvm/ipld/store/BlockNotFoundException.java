package io.jfvm.ipld.store;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;

/** A block the caller needed is not in the blockstore (for a partial state tree: a link that was never extracted). */
public final class BlockNotFoundException extends IpldException {
    private static final long serialVersionUID = 1L;
    private final transient Cid cid;

    public BlockNotFoundException(Cid cid) {
        super("block not found: " + cid);
        this.cid = cid;
    }

    public Cid cid() {
        return cid;
    }
}
