package io.jfvm.ipld.store;

import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lmdbjava.ByteArrayProxy;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;
import org.lmdbjava.Txn;

/**
 * A persistent blockstore in an LMDB environment (a directory), keyed by binary CID, for users who keep state
 * between runs. LMDB was chosen because block reads dominate FVM workloads and LMDB serves them from a
 * memory-mapped B+tree without copying through a cache; a {@link BufferedBlockstore} flush becomes a single ACID
 * write transaction via {@link #putMany}; it runs no background compaction threads; and the binding is small.
 * The byte-array buffer proxy is used because it needs no {@code --add-opens} on Java 17.
 * Safe for concurrent use (writes are serialized by LMDB).
 */
public final class LmdbBlockstore implements Blockstore, AutoCloseable {
    /** Default map size: the most the store can grow to. It is address space, not disk: the file grows as needed. */
    public static final long DEFAULT_MAP_SIZE = 1L << 38;

    private final Env<byte[]> env;
    private final Dbi<byte[]> blocks;

    private LmdbBlockstore(Env<byte[]> env) {
        this.env = env;
        this.blocks = env.openDbi("blocks", DbiFlags.MDB_CREATE);
    }

    /** Opens (creating if needed) the store in {@code dir} with the {@link #DEFAULT_MAP_SIZE}. */
    public static LmdbBlockstore open(Path dir) {
        return open(dir, DEFAULT_MAP_SIZE);
    }

    public static LmdbBlockstore open(Path dir, long mapSize) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blockstore directory " + dir, e);
        }
        // MDB_NOTLS: read transactions are not bound to threads, so any executor thread may read.
        Env<byte[]> env = Env.create(ByteArrayProxy.PROXY_BA).setMapSize(mapSize).setMaxDbs(1)
                .open(dir.toFile(), EnvFlags.MDB_NOTLS);
        return new LmdbBlockstore(env);
    }

    /** CIDs are at most 95 bytes (64-byte digests), well within LMDB's 511-byte key limit. */
    private static byte[] key(Cid cid) {
        return cid.toBytes();
    }

    @Override
    public byte[] get(Cid cid) {
        try (Txn<byte[]> txn = env.txnRead()) {
            return blocks.get(txn, key(cid));
        }
    }

    @Override
    public void put(Cid cid, byte[] data) {
        blocks.put(key(cid), data);
    }

    @Override
    public void putMany(List<Block> batch) {
        try (Txn<byte[]> txn = env.txnWrite()) {
            for (Block b : batch) {
                blocks.put(txn, key(b.cid()), b.data());
            }
            txn.commit();
        }
    }

    @Override
    public boolean has(Cid cid) {
        return get(cid) != null;
    }

    /** Number of stored blocks. */
    public long size() {
        try (Txn<byte[]> txn = env.txnRead()) {
            return blocks.stat(txn).entries;
        }
    }

    @Override
    public void close() {
        env.close();
    }
}
