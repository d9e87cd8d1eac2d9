package io.jfvm.ipld.store;

import io.jfvm.ipld.Cid;

/**
 * Reads from a writable top store, then from a read-only base; writes go to the top only. Lets many machines
 * share one loaded bundle store without copying it.
 */
public final class LayeredBlockstore implements Blockstore {
    private final Blockstore top;
    private final Blockstore base;

    public LayeredBlockstore(Blockstore top, Blockstore base) {
        this.top = top;
        this.base = base;
    }

    @Override
    public byte[] get(Cid cid) {
        byte[] data = top.get(cid);
        return data != null ? data : base.get(cid);
    }

    @Override
    public void put(Cid cid, byte[] data) {
        top.put(cid, data);
    }

    @Override
    public boolean has(Cid cid) {
        return top.has(cid) || base.has(cid);
    }
}
