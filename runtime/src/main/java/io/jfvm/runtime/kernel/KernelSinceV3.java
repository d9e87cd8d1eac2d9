package io.jfvm.runtime.kernel;

import io.jfvm.gas.price.Fip0057PriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.syscalls.CryptoOps;
import io.jfvm.syscalls.MessageContext;
import io.jfvm.syscalls.NetworkContext;
import io.jfvm.syscalls.SendOps;
import io.jfvm.syscalls.SendResult;

/**
 * What the kernels of FVM v3 ({@code fvm@v3.14.1}) and v4 ({@code fvm@v4.8.2}) share ({@code kernel/default.rs}):
 * every lookup and context read is charged (most at 0, so they appear in traces), blocks are limited to 1 MiB, only
 * the init actor creates actors (through the call manager, which knows placeholders), new actor addresses derive
 * from the origin as written, sends carry a gas limit and flags, and failed calls may return a block.
 */
public abstract class KernelSinceV3 extends BaseKernel {
    /** ref-fvm {@code INIT_ACTOR_ID}: the only actor allowed to call {@code create_actor}. */
    static final long INIT_ACTOR_ID = io.jfvm.runtime.state.StateTree.INIT_ACTOR_ID;
    /** {@code max_block_size}: 1 MiB. */
    static final int MAX_BLOCK_SIZE = 1 << 20;

    private final Fip0057PriceList prices;

    KernelSinceV3(CallManager callManager, Invocation invocation, BlockRegistry blocks, Fip0057PriceList prices,
                  CryptoOps crypto) {
        super(callManager, invocation, blocks, crypto);
        this.prices = prices;
    }

    /** LimitExceeded for a block over 1 MiB. */
    static void checkBlockSize(byte[] data) {
        if (data.length > MAX_BLOCK_SIZE) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "blocks may not be larger than 1MiB");
        }
    }

    // ================================================================ self

    @Override
    public TokenAmount currentBalance() {
        charge(prices.onSelfBalance());
        return selfBalance();
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

    /**
     * {@code network.tipset_cid}: a negative, current or future epoch is IllegalArgument without a charge; the
     * {@code lookback} is then checked by the line ({@link #checkTipsetLookback}), charged, and asked of the node,
     * whose failure is Fatal.
     */
    @Override
    public Cid tipsetCid(long epoch) {
        if (epoch < 0) {
            throw SyscallError.illegalArgument("epoch is negative");
        }
        long lookback = context().epoch() - epoch;
        if (lookback < 0) {
            throw SyscallError.illegalArgument("epoch " + epoch + " is in the future");
        }
        if (lookback == 0) {
            throw SyscallError.illegalArgument("cannot lookup the tipset cid for the current epoch");
        }
        checkTipsetLookback(epoch, lookback);
        chargeTipsetCid(lookback);
        try {
            Cid cid = cm.machine().externs().tipsetCid(epoch);
            if (cid == null) {
                throw new Fatal("the node has no tipset CID for epoch " + epoch);
            }
            return cid;
        } catch (Fatal e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Fatal("tipset CID extern failed for epoch " + epoch + ": " + e.getMessage(), e);
        }
    }

    /** The line's limit on how far back a tipset CID may be asked for. */
    abstract void checkTipsetLookback(long epoch, long lookback);

    abstract void chargeTipsetCid(long lookback);

    // ================================================================ send

    @Override
    public SendResult send(Address to, long sendMethod, int paramsId, TokenAmount value, long gasLimit, long flags) {
        boolean ro = readOnly || (flags & MessageContext.FLAG_READ_ONLY) != 0;
        Long limit = gasLimit == SendOps.NO_GAS_LIMIT ? null : SendOps.gasLimitMilligas(gasLimit);
        return send(to, sendMethod, paramsId, value, limit, ro, true);
    }
}
