package io.jfvm.runtime.kernel;

import io.jfvm.gas.price.HyggePriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.kernel.crypto.CryptoOpsV3;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.syscalls.MessageContext;
import io.jfvm.syscalls.NetworkContext;
import io.jfvm.syscalls.OpenedBlock;
import io.jfvm.syscalls.SendOps;
import io.jfvm.syscalls.SendResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kernel of FVM v3 ({@code fvm@v3.14.1} {@code kernel/default.rs}, HYGGE prices): every lookup and context read
 * is charged (most at 0, so they appear in traces), blocks are limited to 1 MiB, only the init actor creates actors
 * (through the call manager, which knows placeholders), sends carry a gas limit and flags, failed calls may return a
 * block, {@code network.tipset_cid} looks back at most 900 epochs, and events arrive as one CBOR {@code ActorEvent}.
 */
public final class KernelV3 extends BaseKernel {
    /** ref-fvm {@code INIT_ACTOR_ID}: the only actor allowed to call {@code create_actor}. */
    static final long INIT_ACTOR_ID = io.jfvm.runtime.state.StateTree.INIT_ACTOR_ID;
    /** {@code FINALITY} of {@code network.tipset_cid}. */
    static final long FINALITY = 900;
    /** {@code max_block_size}: 1 MiB. */
    static final int MAX_BLOCK_SIZE = 1 << 20;
    /** {@code validate_actor_event} limits. */
    static final int MAX_EVENT_ENTRIES = 256;
    static final int MAX_EVENT_KEY_LEN = 32;
    static final int MAX_EVENT_DATA = 8 << 10;
    static final int MAX_ENCODED_EVENT = 1 << 20;

    private final HyggePriceList prices;

    public KernelV3(CallManager callManager, Invocation invocation, BlockRegistry blocks, HyggePriceList prices,
                    ProofPolicy proofs) {
        super(callManager, invocation, blocks, new CryptoOpsV3(prices, callManager.gasTracker(), proofs,
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
        if (data.length > MAX_BLOCK_SIZE) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "blocks may not be larger than 1MiB");
        }
        charge(prices.onBlockCreate(data.length));
        return blocks.put(new BlockData(codec, data));
    }

    // ================================================================ self

    @Override
    public TokenAmount currentBalance() {
        charge(prices.onSelfBalance());
        return selfBalance();
    }

    @Override
    public void selfDestruct(Address beneficiary) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot self-destruct when read-only");
        }
        charge(prices.onDeleteActor());
        transferBalanceBeforeDestruct(beneficiary, currentBalance());
        cm.deleteActor(actorId);
    }

    // ================================================================ actor

    @Override
    public long resolveAddress(Address address) {
        charge(prices.onResolveAddress());
        return resolvedId(address);
    }

    @Override
    public Cid getActorCodeCid(long id) {
        charge(prices.onGetActorCodeCid());
        return existingActor(id).code();
    }

    /** From the origin's address as written and the count of actors created so far. */
    @Override
    public Address nextActorAddress() {
        return actorAddress(cm.originAddress(), cm.numActorsCreated());
    }

    @Override
    public void createActor(Cid codeCid, long id, Address delegatedAddress) {
        if (actorId != INIT_ACTOR_ID) {
            throw SyscallError.of(ErrorNumber.FORBIDDEN, "create_actor is restricted to InitActor. Called by "
                    + Long.toUnsignedString(actorId));
        }
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "create_actor cannot be called while read-only");
        }
        cm.createActor(codeCid, id, delegatedAddress);
    }

    @Override
    public int getBuiltinActorType(Cid codeCid) {
        charge(prices.onGetBuiltinActorType());
        return manifest().typeOf(codeCid);
    }

    @Override
    public Cid getCodeCidForType(int type) {
        charge(prices.onGetCodeCidForType());
        return codeOfType(type);
    }

    @Override
    public Address lookupDelegatedAddress(long id) {
        charge(prices.onLookupDelegatedAddress());
        return existingActor(id).delegatedAddress();
    }

    @Override
    public TokenAmount balanceOf(long id) {
        charge(prices.onBalanceOf());
        return existingActor(id).balance();
    }

    // ================================================================ message / network

    @Override
    public MessageContext messageContext() {
        charge(prices.onMessageContext());
        return messageContextValue();
    }

    @Override
    public NetworkContext networkContext() {
        charge(prices.onNetworkContext());
        var c = context();
        return new NetworkContext(c.epoch(), c.timestamp(), c.baseFee(), c.chainId(), c.networkVersion().number());
    }

    @Override
    public Cid tipsetCid(long epoch) {
        if (epoch < 0) {
            throw SyscallError.illegalArgument("epoch is negative");
        }
        long offset = context().epoch() - epoch;
        if (offset < 0) {
            throw SyscallError.illegalArgument("epoch " + epoch + " is in the future");
        }
        if (offset == 0) {
            throw SyscallError.illegalArgument("cannot lookup the tipset cid for the current epoch");
        }
        if (offset >= FINALITY) {
            throw SyscallError.illegalArgument("epoch " + epoch + " is too far in the past");
        }
        charge(prices.onTipsetCid(offset));
        // The machine's externs carry no tipset CIDs (ref-fvm's conformance extern is `todo!()`, a host panic).
        throw new Fatal("tipset CID extern not available (epoch " + epoch + ")");
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

    // ================================================================ send

    @Override
    public SendResult send(Address to, long sendMethod, int paramsId, TokenAmount value, long gasLimit, long flags) {
        boolean ro = readOnly || (flags & MessageContext.FLAG_READ_ONLY) != 0;
        Long limit = gasLimit == SendOps.NO_GAS_LIMIT ? null : SendOps.gasLimitMilligas(gasLimit);
        return send(to, sendMethod, paramsId, value, limit, ro, true);
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
