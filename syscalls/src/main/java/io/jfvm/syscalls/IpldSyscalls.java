package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.checkBounds;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;
import static io.jfvm.syscalls.ActorMemory.readCid;
import static io.jfvm.syscalls.ActorMemory.slice;
import static io.jfvm.syscalls.ActorMemory.writeCid;

/** The {@code ipld} namespace ({@code fvm/src/syscalls/ipld.rs}); block ids are u32 carried as int bits. */
final class IpldSyscalls {
    private IpldSyscalls() {}

    static final int IPLD_OPEN = 16;
    static final int IPLD_STAT = 12;

    /** {@code ipld.block_open(r, cid) -> IpldOpen{codec u64, id u32, size u32}}. */
    static int blockOpen(SyscallContext c, int ret, int cidOff) {
        return c.call(ret, IPLD_OPEN, () -> {
            OpenedBlock b = c.kernel.blockOpen(readCid(c.mem(), cidOff));
            byte[] mem = c.mem();
            putU64(mem, ret, b.codec());
            putU32(mem, ret + 8, b.id());
            putU32(mem, ret + 12, b.size());
        });
    }

    /** {@code ipld.block_create(r, codec, data_off, data_len) -> u32 id}. */
    static int blockCreate(SyscallContext c, int ret, long codec, int dataOff, int dataLen) {
        return c.call(ret, 4, () -> {
            int id = c.kernel.blockCreate(codec, slice(c.mem(), dataOff, dataLen));
            putU32(c.mem(), ret, id);
        });
    }

    /** {@code ipld.block_read(r, id, offset, obuf, obuf_len) -> i32}: the output buffer is checked first. */
    static int blockRead(SyscallContext c, int ret, int id, int offset, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            byte[] mem = c.mem();
            checkBounds(mem, obuf, obufLen);
            putU32(mem, ret, c.kernel.blockRead(id, offset, mem, obuf, obufLen));
        });
    }

    /** {@code ipld.block_stat(r, id) -> IpldStat{codec u64, size u32}}. */
    static int blockStat(SyscallContext c, int ret, int id) {
        return c.call(ret, IPLD_STAT, () -> {
            BlockStat s = c.kernel.blockStat(id);
            putU64(c.mem(), ret, s.codec());
            putU32(c.mem(), ret + 8, s.size());
        });
    }

    /** {@code ipld.block_link(r, id, hash_fun, hash_len, cid_off, cid_len) -> u32}: output checked first. */
    static int blockLink(SyscallContext c, int ret, int id, long hashFun, int hashLen, int cidOff, int cidLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), cidOff, cidLen);
            var cid = c.kernel.blockLink(id, hashFun, hashLen);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, cidOff, cidLen));
        });
    }
}
