package io.jfvm.syscalls;

import io.jfvm.ipld.Cid;

/** {@code ipld.*}. Block ids are u32 carried as int bits; id 0 means "no block". */
public interface IpldOps {
    /**
     * Opens a block: v2 any CID in the store (DAG-CBOR only, else IllegalCodec after the charges); v3 any
     * stored CID with codec CBOR/DAG-CBOR/RAW. Missing from the store: {@link io.jfvm.ipld.types.Fatal}.
     */
    OpenedBlock blockOpen(Cid cid);

    /** Creates a block from {@code data} (a private copy) and returns its id. */
    int blockCreate(long codec, byte[] data);

    /** Hashes block {@code id} with (hashFun, hashLen), stores it and returns its CID (hash fun is u64 bits). */
    Cid blockLink(int id, long hashFun, int hashLen);

    /**
     * Copies block {@code id} from {@code offset} (u32 bits) into {@code memory[bufOff .. bufOff+bufLen)}
     * (already bounds-checked) and returns {@code size - (offset + bufLen)}; see ref-fvm
     * {@code Kernel::block_read} (the i32 range check of offset+bufLen is the kernel's).
     */
    int blockRead(int id, int offset, byte[] memory, int bufOff, int bufLen);

    BlockStat blockStat(int id);
}
