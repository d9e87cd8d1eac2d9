package io.jfvm.runtime.kernel;

import io.jfvm.gas.price.HyggePriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.kernel.crypto.CryptoOpsV3;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.syscalls.OpenedBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kernel of FVM v3 ({@code fvm@v3.14.1} {@code kernel/default.rs}, HYGGE prices), where it differs from v4: blocks
 * are opened and created without link tracking, {@code self_destruct} pays a beneficiary,
 * {@code network.tipset_cid} looks back at most 900 epochs, randomness is drawn with entropy, and events arrive as
 * one CBOR {@code ActorEvent}.
 */
public final class KernelV3 extends KernelSinceV3 {
    /** {@code FINALITY} of {@code network.tipset_cid}. */
    static final long FINALITY = 900;
    /** {@code validate_actor_event} limits. */
    static final int MAX_EVENT_ENTRIES = 256;
    static final int MAX_EVENT_KEY_LEN = 32;
    static final int MAX_EVENT_DATA = 8 << 10;
    static final int MAX_ENCODED_EVENT = 1 << 20;

    private final HyggePriceList prices;

    public KernelV3(CallManager callManager, Invocation invocation, BlockRegistry blocks, HyggePriceList prices,
                    ProofPolicy proofs) {
        super(callManager, invocation, blocks, prices, new CryptoOpsV3(prices, callManager.gasTracker(), proofs,
                callManager.machine().context().chainId(), callManager.machine().context().epoch()));
        this.prices = prices;
    }

    @Override
    public HyggePriceList priceList() {
        return prices;
    }

    // ================================================================ ipld

    @Override
    public OpenedBlock blockOpen(Cid cid) {
        charge(prices.onBlockOpenBase());
        byte[] data = storedBlock(cid);
        charge(prices.onBlockOpenPerByte(data.length));
        int id = blocks.put(new BlockData(cid.codec(), data));
        return new OpenedBlock(id, cid.codec(), data.length);
    }

    @Override
    public int blockCreate(long codec, byte[] data) {
        checkBlockSize(data);
        charge(prices.onBlockCreate(data.length));
        return blocks.put(new BlockData(codec, data));
    }

    // ================================================================ self

    @Override
    public void selfDestruct(Address beneficiary) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot self-destruct when read-only");
        }
        charge(prices.onDeleteActor());
        transferBalanceBeforeDestruct(beneficiary, currentBalance());
        cm.deleteActor(actorId);
    }

    // ================================================================ network

    @Override
    void checkTipsetLookback(long epoch, long lookback) {
        if (lookback >= FINALITY) {
            throw SyscallError.illegalArgument("epoch " + epoch + " is too far in the past");
        }
    }

    @Override
    void chargeTipsetCid(long lookback) {
        charge(prices.onTipsetCid(lookback));
    }

    // ================================================================ randomness

    @Override
    public byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy) {
        charge(prices.onGetRandomness(entropy.length));
        return drawRandomness(chainRandomnessDigest(round), personalization, round, entropy);
    }

    @Override
    public byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy) {
        charge(prices.onGetRandomness(entropy.length));
        return drawRandomness(beaconRandomnessDigest(round), personalization, round, entropy);
    }

    // ================================================================ events
    /**
     * {@code emit_event}: charge validation, decode and check the entries (at most 256, keys of at most 32 bytes,
     * IPLD_RAW values of at most 8 KiB together), charge acceptance, and record the event.
     */
    @Override
    public void emitEvent(byte[] rawEvent) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot emit events while read-only");
        }
        charge(prices.onActorEventValidate(rawEvent.length));
        if (rawEvent.length > MAX_ENCODED_EVENT) {
            throw SyscallError.illegalArgument("event WAY too large");
        }
        CborValue event;
        long totalValue = 0;
        try {
            event = DagCbor.decode(rawEvent);
            List<CborValue> entries = event.asList();
            if (entries.size() > MAX_EVENT_ENTRIES) {
                throw SyscallError.illegalArgument("event exceeded max entries");
            }
            for (CborValue e : entries) {
                List<CborValue> f = e.asTuple(4, "event entry");
                f.get(0).asU64(); // the flags must be a u64; HYGGE does not price indexing
                String key = f.get(1).asText();
                long codec = f.get(2).asU64();
                byte[] value = f.get(3).asBytes();
                if (key.getBytes(StandardCharsets.UTF_8).length > MAX_EVENT_KEY_LEN) {
                    throw SyscallError.illegalArgument("event key exceeded max size");
                }
                if (codec != Multicodec.RAW) {
                    throw SyscallError.of(ErrorNumber.ILLEGAL_CODEC, "event codec must be IPLD_RAW");
                }
                totalValue += value.length;
            }
        } catch (IpldException | IllegalStateException | ClassCastException e) {
            throw SyscallError.illegalArgument("cannot decode event: " + e.getMessage());
        }
        if (totalValue > MAX_EVENT_DATA) {
            throw SyscallError.illegalArgument("event total values exceeded max size");
        }
        charge(prices.onActorEventAccept(rawEvent.length));
        cm.appendEvent(actorId, event);
    }
}
