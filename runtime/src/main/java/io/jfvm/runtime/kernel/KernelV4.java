package io.jfvm.runtime.kernel;

import io.jfvm.gas.price.WatermelonPriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborText;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.kernel.crypto.CryptoOpsV4;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.syscalls.ActorMemory;
import io.jfvm.syscalls.EventEntry;
import io.jfvm.syscalls.OpenedBlock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel of FVM v4 ({@code fvm@v4.8.2} {@code kernel/default.rs}, WATERMELON and TEEP prices;
 * {@code fvm-v4-deltas.md} §5–6), where it differs from v3:
 * <ul>
 *   <li>IPLD reachability (FIP-0071): an actor opens only CIDs reachable from its state root, its parameters, blocks
 *       it opened or received, and CIDs it linked; links are found by {@link ReachableLinks} and priced;</li>
 *   <li>{@code self.root} and {@code set_root} are charged and track reachability;</li>
 *   <li>{@code self_destruct} burns the balance or fails (FIP-0073);</li>
 *   <li>randomness is the node's digest for a round, priced by lookback (FIP-0075), as are tipset CIDs, with no
 *       finality limit;</li>
 *   <li>events arrive as entry headers and key and value buffers, one charge first (FIP-0072);</li>
 *   <li>{@code verify_bls_aggregate} (FIP-0079).</li>
 * </ul>
 */
public final class KernelV4 extends KernelSinceV3 {
    /** {@code emit_event} limits. */
    static final int MAX_EVENT_ENTRIES = 255;
    static final int MAX_EVENT_KEY_LEN = 31;
    static final int MAX_EVENT_VALUES = 8 << 10;
    static final long EVENT_FLAGS = 0b11;

    private final WatermelonPriceList prices;

    public KernelV4(CallManager callManager, Invocation invocation, BlockRegistry blocks, WatermelonPriceList prices,
                    ProofPolicy proofs) {
        super(callManager, invocation, blocks, prices, new CryptoOpsV4(prices, callManager.gasTracker(), proofs,
                callManager.machine().context().chainId(), callManager.machine().context().epoch()));
        this.prices = prices;
    }

    @Override
    public WatermelonPriceList priceList() {
        return prices;
    }

    // ================================================================ ipld

    /**
     * Charge the base price; an unreachable CID is NotFound; read the block (missing: Fatal); scan it; charge for
     * its size and links; register it, making its links reachable.
     */
    @Override
    public OpenedBlock blockOpen(Cid cid) {
        charge(prices.onBlockOpenBase());
        if (!blocks.isReachable(cid)) {
            throw SyscallError.of(ErrorNumber.NOT_FOUND, "block not reachable: " + cid);
        }
        byte[] data = storedBlock(cid);
        List<Cid> links = ReachableLinks.scan(cid.codec(), data, prices, gas);
        charge(prices.onBlockOpen(data.length, links.size()));
        int id = blocks.put(new BlockData(cid.codec(), data, links));
        return new OpenedBlock(id, cid.codec(), data.length);
    }

    /**
     * Over 1 MiB is LimitExceeded; a codec other than CBOR, DAG-CBOR or RAW is IllegalCodec (before any charge);
     * scan; charge for size and links; every link must be reachable (NotFound).
     */
    @Override
    public int blockCreate(long codec, byte[] data) {
        checkBlockSize(data);
        if (codec != Multicodec.CBOR && codec != Multicodec.DAG_CBOR && codec != Multicodec.RAW) {
            throw SyscallError.of(ErrorNumber.ILLEGAL_CODEC, "codec " + codec + " not allowed");
        }
        List<Cid> links = ReachableLinks.scan(codec, data, prices, gas);
        charge(prices.onBlockCreate(data.length, links.size()));
        return blocks.putChecked(new BlockData(codec, data, links));
    }

    /** As v3's, and the new CID becomes reachable. */
    @Override
    public Cid blockLink(int id, long hashFun, int hashLen) {
        Cid cid = super.blockLink(id, hashFun, hashLen);
        blocks.markReachable(cid);
        return cid;
    }

    // ================================================================ self

    /** Charge (paid even when it fails); a deleted actor is IllegalOperation; the root becomes reachable. */
    @Override
    public Cid root() {
        charge(prices.onGetRoot());
        Cid root = super.root();
        blocks.markReachable(root);
        return root;
    }

    /** Read-only is ReadOnly; charge; an unreachable root is NotFound; then as v3. */
    @Override
    public void setRoot(Cid root) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot update the state-root while read-only");
        }
        charge(prices.onSetRoot());
        if (!blocks.isReachable(root)) {
            throw SyscallError.of(ErrorNumber.NOT_FOUND, "new root cid not reachable: " + root);
        }
        super.setRoot(root);
    }

    /**
     * Read-only is ReadOnly; charge {@code OnDeleteActor}; a balance left without {@code burnUnspent} is
     * IllegalOperation, otherwise it goes to f099 (a failure there is Fatal); then the actor is deleted. Deleting an
     * actor that is already gone does nothing.
     */
    @Override
    public void selfDestruct(boolean burnUnspent) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot self-destruct when read-only");
        }
        charge(prices.onDeleteActor());
        TokenAmount balance = currentBalance();
        if (!balance.isZero()) {
            if (!burnUnspent) {
                throw SyscallError.of(ErrorNumber.ILLEGAL_OPERATION, "self-destruct with unspent funds");
            }
            try {
                cm.transfer(actorId, Executor.BURNT_FUNDS_ACTOR_ID, balance);
            } catch (SyscallError e) {
                throw new Fatal("burning the balance of a self-destructing actor failed: " + e.getMessage(), e);
            }
        }
        cm.deleteActor(actorId);
    }

    // ================================================================ network

    /** No finality limit from v4 on. */
    @Override
    void checkTipsetLookback(long epoch, long lookback) {
    }

    @Override
    void chargeTipsetCid(long lookback) {
        charge(prices.onTipsetCid(lookback));
    }

    // ================================================================ randomness

    @Override
    public byte[] chainRandomness(long round) {
        charge(prices.onGetRandomness(lookback(round)));
        return chainRandomnessDigest(round);
    }

    @Override
    public byte[] beaconRandomness(long round) {
        charge(prices.onGetRandomness(lookback(round)));
        return beaconRandomnessDigest(round);
    }

    /**
     * {@code current_epoch - round}; only i64 overflow is IllegalArgument. A future round gives a negative lookback,
     * whose price saturates: the actor runs out of gas ({@code fvm-v4-deltas.md} §5.1).
     */
    private long lookback(long round) {
        try {
            return Math.subtractExact(context().epoch(), round);
        } catch (ArithmeticException e) {
            throw SyscallError.illegalArgument("randomness epoch " + round + " is in the future");
        }
    }

    // ================================================================ events

    /**
     * {@code emit_event} ({@code fvm-v4-deltas.md} §5.3): read-only is ReadOnly; charge {@code OnActorEvent} before
     * any validation; more than 255 entries or 8 KiB of values is LimitExceeded; the keys must be UTF-8; each entry
     * in order: flags beyond index-key and index-value, a value over 8 KiB, a key or value outside its buffer or a
     * key not on character boundaries is IllegalArgument, a key over 31 bytes LimitExceeded, a codec other than RAW or
     * CBOR IllegalCodec; the entries must use both buffers exactly.
     */
    @Override
    public void emitEvent(List<EventEntry> entries, byte[] keys, byte[] values) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot emit events while read-only");
        }
        charge(prices.onActorEvent(entries.size(), keys.length, values.length));
        if (entries.size() > MAX_EVENT_ENTRIES) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "event exceeded max entries: " + entries.size()
                    + " > " + MAX_EVENT_ENTRIES);
        }
        if (values.length > MAX_EVENT_VALUES) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "total event value lengths exceeded the max size: "
                    + values.length + " > " + MAX_EVENT_VALUES);
        }
        ActorMemory.utf8(keys);
        List<CborValue> out = new ArrayList<>(entries.size());
        int keyOff = 0;
        int valOff = 0;
        for (EventEntry e : entries) {
            if ((e.flags() & ~EVENT_FLAGS) != 0) {
                throw SyscallError.illegalArgument("event flags are invalid: " + Long.toUnsignedString(e.flags()));
            }
            long keyLen = Integer.toUnsignedLong(e.keyLen());
            long valLen = Integer.toUnsignedLong(e.valueLen());
            if (keyLen > MAX_EVENT_KEY_LEN) {
                throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "event key exceeded max size: " + keyLen + " > "
                        + MAX_EVENT_KEY_LEN);
            }
            if (valLen > MAX_EVENT_VALUES) {
                throw SyscallError.illegalArgument("event entry value out of range");
            }
            int keyEnd = keyOff + (int) keyLen;
            if (keyEnd > keys.length || !charBoundary(keys, keyOff) || !charBoundary(keys, keyEnd)) {
                throw SyscallError.illegalArgument("event entry key out of range");
            }
            int valEnd = valOff + (int) valLen;
            if (valEnd > values.length) {
                throw SyscallError.illegalArgument("event entry value out of range");
            }
            if (e.codec() != Multicodec.RAW && e.codec() != Multicodec.CBOR) {
                throw SyscallError.of(ErrorNumber.ILLEGAL_CODEC, "event codec must be IPLD_RAW or CBOR, was: "
                        + Long.toUnsignedString(e.codec()));
            }
            out.add(CborArray.of(CborInt.ofU64(e.flags()),
                    new CborText(new String(keys, keyOff, keyEnd - keyOff, StandardCharsets.UTF_8)),
                    CborInt.ofU64(e.codec()), new CborBytes(java.util.Arrays.copyOfRange(values, valOff, valEnd))));
            keyOff = keyEnd;
            valOff = valEnd;
        }
        if (keyOff != keys.length) {
            throw SyscallError.illegalArgument("event key buffer length is too large: " + keyOff + " < "
                    + keys.length);
        }
        if (valOff != values.length) {
            throw SyscallError.illegalArgument("event value buffer length is too large: " + valOff + " < "
                    + values.length);
        }
        cm.appendEvent(actorId, new CborArray(out));
    }

    /** Whether byte {@code i} of valid UTF-8 starts a character (or is the end). */
    private static boolean charBoundary(byte[] utf8, int i) {
        return i == utf8.length || (utf8[i] & 0xC0) != 0x80;
    }
}
