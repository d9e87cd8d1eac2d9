package io.jfvm.ipld.store;

import io.jfvm.ipld.Cid;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A blockstore in a hash map. Safe for concurrent readers, so one loaded bundle can back many machines. */
public final class MemoryBlockstore implements Blockstore {
    private final Map<Cid, byte[]> blocks = new ConcurrentHashMap<>();

    @Override
    public byte[] get(Cid cid) {
        return blocks.get(cid);
    }

    @Override
    public void put(Cid cid, byte[] data) {
        blocks.put(cid, data);
    }

    @Override
    public boolean has(Cid cid) {
        return blocks.containsKey(cid);
    }

    public int size() {
        return blocks.size();
    }
}
