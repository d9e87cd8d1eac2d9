package io.jfvm.runtime.kernel;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.runtime.call.BlockData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The blocks one invocation can refer to by id (ref-fvm {@code kernel/blocks.rs}): ids start at 1 (0 = "no
 * block"), at most {@code i32::MAX} entries, of the codecs the line allows (FVM v2: DAG-CBOR; v3: CBOR, DAG-CBOR and
 * RAW; v4 checks codecs where blocks are created instead). A rejected codec is {@code IllegalCodec}, a full registry
 * {@code LimitExceeded}, an unknown id {@code InvalidHandle}.
 *
 * <p>From FVM v4 the registry also holds the invocation's reachable set (FIP-0071): the CIDs the actor may open or
 * link to. A block put with {@link #put} makes its links reachable; one put with {@link #putChecked} (a block the
 * actor created) must link only to reachable CIDs. Before v4 blocks carry no links and nothing asks.
 */
public final class BlockRegistry {
    static final int FIRST_ID = 1;
    static final long MAX_BLOCKS = Integer.MAX_VALUE;

    private final LongPredicate allowedCodec;
    private final List<BlockData> blocks = new ArrayList<>();
    private final Set<Cid> reachable = new HashSet<>();

    /** @param allowedCodec the codecs the line accepts ({@code FvmRules::allowsBlockCodec}) */
    public BlockRegistry(LongPredicate allowedCodec) {
        this.allowedCodec = allowedCodec;
    }

    /** Adds a block received from the chain or another actor, makes its links reachable, and returns its id. */
    public int put(BlockData block) {
        checkCanPut(block);
        reachable.addAll(block.links());
        return add(block);
    }

    /** Adds a block the actor created: every link must be reachable (NotFound otherwise). */
    public int putChecked(BlockData block) {
        checkCanPut(block);
        for (Cid link : block.links()) {
            if (!reachable.contains(link)) {
                throw SyscallError.of(ErrorNumber.NOT_FOUND, "cannot put block: " + link + " not reachable");
            }
        }
        return add(block);
    }

    private void checkCanPut(BlockData block) {
        if (isFull()) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "too many blocks have been written");
        }
        if (!allowedCodec.test(block.codec())) {
            throw SyscallError.of(ErrorNumber.ILLEGAL_CODEC, "invalid or forbidden ipld codec 0x"
                    + Long.toHexString(block.codec()));
        }
    }

    private int add(BlockData block) {
        blocks.add(block);
        return FIRST_ID + blocks.size() - 1;
    }

    /** Makes {@code cid} reachable (a state root read, a block linked). */
    public void markReachable(Cid cid) {
        reachable.add(cid);
    }

    public boolean isReachable(Cid cid) {
        return reachable.contains(cid);
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
