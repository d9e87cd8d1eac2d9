package io.jfvm.runtime.kernel;

import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.runtime.call.BlockData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The blocks one invocation can refer to by id (ref-fvm {@code kernel/blocks.rs}): ids start at 1 (0 = "no
 * block"), at most {@code i32::MAX} entries, of the codecs the line allows (FVM v2: DAG-CBOR; v3: CBOR, DAG-CBOR and
 * RAW). A rejected codec is {@code IllegalCodec}, a full registry {@code LimitExceeded}, an unknown id
 * {@code InvalidHandle}.
 */
public final class BlockRegistry {
    static final int FIRST_ID = 1;
    static final long MAX_BLOCKS = Integer.MAX_VALUE;

    private final LongPredicate allowedCodec;
    private final List<BlockData> blocks = new ArrayList<>();

    /** @param allowedCodec the codecs the line accepts ({@code FvmRules::allowsBlockCodec}) */
    public BlockRegistry(LongPredicate allowedCodec) {
        this.allowedCodec = allowedCodec;
    }

    /** Adds a block and returns its id. */
    public int put(BlockData block) {
        if (isFull()) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "too many blocks have been written");
        }
        if (!allowedCodec.test(block.codec())) {
            throw SyscallError.of(ErrorNumber.ILLEGAL_CODEC, "invalid or forbidden ipld codec 0x"
                    + Long.toHexString(block.codec()));
        }
        blocks.add(block);
        return FIRST_ID + blocks.size() - 1;
    }

    /** The block with id {@code id} (u32 bits); InvalidHandle when there is none. */
    public BlockData get(int id) {
        BlockData b = find(id);
        if (b == null) {
            throw SyscallError.of(ErrorNumber.INVALID_HANDLE, "block handle " + Integer.toUnsignedString(id)
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
