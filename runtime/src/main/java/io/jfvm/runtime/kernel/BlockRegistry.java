package io.jfvm.runtime.kernel;

import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.FvmVersion;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.syscalls.SyscallException;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks one invocation can refer to by id (ref-fvm {@code kernel/blocks.rs}): ids start at 1 (0 = "no
 * block"), at most {@code i32::MAX} entries. FVM v2 accepts only DAG-CBOR blocks; FVM v3 accepts CBOR, DAG-CBOR
 * and RAW. A rejected codec is {@code IllegalCodec}, a full registry {@code LimitExceeded}, an unknown id
 * {@code InvalidHandle}. There is no reachability tracking in v2/v3.
 */
public final class BlockRegistry {
    static final int FIRST_ID = 1;
    static final long MAX_BLOCKS = Integer.MAX_VALUE;

    private final FvmVersion version;
    private final List<BlockData> blocks = new ArrayList<>();

    public BlockRegistry(FvmVersion version) {
        this.version = version;
    }

    /** Whether a codec may be put into a registry of {@code version}. */
    static boolean allowedCodec(FvmVersion version, long codec) {
        if (version == FvmVersion.V2) {
            return codec == Multicodec.DAG_CBOR;
        }
        return codec == Multicodec.DAG_CBOR || codec == Multicodec.CBOR || codec == Multicodec.RAW;
    }

    /** Adds a block and returns its id. */
    public int put(BlockData block) {
        if (isFull()) {
            throw SyscallException.of(ErrorNumber.LIMIT_EXCEEDED, "too many blocks have been written");
        }
        if (!allowedCodec(version, block.codec())) {
            throw SyscallException.of(ErrorNumber.ILLEGAL_CODEC, "invalid or forbidden ipld codec 0x"
                    + Long.toHexString(block.codec()));
        }
        blocks.add(block);
        return FIRST_ID + blocks.size() - 1;
    }

    /** The block with id {@code id} (u32 bits); InvalidHandle when there is none. */
    public BlockData get(int id) {
        BlockData b = find(id);
        if (b == null) {
            throw SyscallException.of(ErrorNumber.INVALID_HANDLE, "block handle " + Integer.toUnsignedString(id)
                    + " does not exist, or is illegal");
        }
        return b;
    }

    /** The block with id {@code id}, or null. */
    public BlockData find(int id) {
        long idx = Integer.toUnsignedLong(id) - FIRST_ID;
        if (idx < 0 || idx >= blocks.size()) {
            return null;
        }
        return blocks.get((int) idx);
    }

    public boolean isFull() {
        return blocks.size() >= MAX_BLOCKS;
    }

    public int size() {
        return blocks.size();
    }
}
