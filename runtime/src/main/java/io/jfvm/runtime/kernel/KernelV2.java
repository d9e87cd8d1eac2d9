package io.jfvm.runtime.kernel;

import io.jfvm.gas.price.SignatureType;
import io.jfvm.gas.price.SkyrPriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.kernel.crypto.CryptoOpsV2;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.syscalls.MessageContext;
import io.jfvm.syscalls.NetworkContext;
import io.jfvm.syscalls.OpenedBlock;
import io.jfvm.syscalls.SendResult;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel of FVM v2 ({@code fvm@v2.12.1} {@code kernel/default.rs}, SKYR prices): lookups and contexts are free,
 * blocks have no size limit, {@code create_actor} checks builtin and singleton rules itself, new actor addresses
 * derive from the origin's key address, sends have no gas limit and failed calls return no block, and
 * {@code verify_signature} resolves a non-key signer to its key address first.
 */
public final class KernelV2 extends BaseKernel {
    /** v2 {@code SINGLETON_ACTOR_NAMES} ({@code machine/manifest.rs}). */
    static final Set<String> SINGLETON_ACTORS = Set.of("system", "init", "reward", "cron", "storagepower",
            "storagemarket", "verifiedregistry");

    private final SkyrPriceList prices;

    public KernelV2(CallManager callManager, Invocation invocation, BlockRegistry blocks, SkyrPriceList prices,
                    ProofPolicy proofs) {
        super(callManager, invocation, blocks, new CryptoOpsV2(prices, callManager.gasTracker(), proofs));
        this.prices = prices;
    }

    @Override
    public SkyrPriceList priceList() {
        return prices;
    }

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
        charge(prices.onBlockCreate(data.length));
        return blocks.put(new BlockData(codec, data));
    }

    @Override
    public TokenAmount currentBalance() {
        return selfBalance();
    }

    /** v2 deletes through the state tree directly (a no-op for a deleted actor), free of charge. */
    @Override
    public void selfDestruct(Address beneficiary) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot self-destruct when read-only");
        }
        charge(prices.onDeleteActor());
        transferBalanceBeforeDestruct(beneficiary, currentBalance());
        cm.machine().stateTree().deleteActor(actorId);
    }

    @Override
    public long resolveAddress(Address address) {
        return resolvedId(address);
    }

    @Override
    public Cid getActorCodeCid(long id) {
        return existingActor(id).code();
    }

    /** From the origin's key address and the count of actors created so far. */
    @Override
    public Address nextActorAddress() {
        Address origin;
        try {
            origin = resolveToKeyAddress(cm.originAddress(), false);
        } catch (SyscallError e) {
            throw new Fatal("cannot resolve the message origin to a key address: " + e.getMessage(), e);
        }
        return actorAddress(origin, cm.nextActorIndex());
    }

    @Override
    public void createActor(Cid codeCid, long id, Address delegatedAddress) {
        String name = manifest().nameOf(codeCid);
        if (name == null) {
            throw SyscallError.of(ErrorNumber.FORBIDDEN, "can only create built-in actors");
        }
        if (SINGLETON_ACTORS.contains(name)) {
            throw SyscallError.of(ErrorNumber.FORBIDDEN, "can only have one instance of singleton actors");
        }
        Optional<ActorState> existing;
        try {
            existing = cm.machine().stateTree().getActor(id);
        } catch (RuntimeException e) {
            // v2: `if let Ok(Some(_))` — a lookup failure does not stop the creation.
            existing = Optional.empty();
        }
        if (existing.isPresent()) {
            throw SyscallError.of(ErrorNumber.FORBIDDEN, "Actor address already exists");
        }
        charge(prices.onCreateActor());
        cm.setActor(id, ActorState.empty(codeCid, null));
    }

    @Override
    public int getBuiltinActorType(Cid codeCid) {
        return manifest().typeOf(codeCid);
    }

    @Override
    public Cid getCodeCidForType(int type) {
        return codeOfType(type);
    }

    /**
     * v2 {@code resolve_to_key_addr}: f1/f3 as is; otherwise the actor must exist (NotFound) and be an account
     * (IllegalArgument); with {@code chargeGas} its state read is charged as a block open.
     */
    Address resolveToKeyAddress(Address address, boolean chargeGas) {
        if (address.protocol() == Address.BLS || address.protocol() == Address.SECP256K1) {
            return address;
        }
        Optional<ActorState> act;
        try {
            act = cm.machine().stateTree().getActor(address);
        } catch (RuntimeException e) {
            throw new Fatal("state tree lookup of " + address + " failed: " + e.getMessage(), e);
        }
        ActorState actor = act.orElseThrow(() -> SyscallError.of(ErrorNumber.NOT_FOUND,
                "state tree doesn't contain actor " + address));
        if (!actor.code().equals(manifest().codeOf("account"))) {
            throw SyscallError.illegalArgument("target actor is not an account");
        }
        if (chargeGas) {
            charge(prices.onBlockOpenBase());
        }
        byte[] state = cm.machine().blockstore().get(actor.state());
        if (state == null) {
            throw new Fatal("account actor state not found: " + actor.state());
        }
        if (chargeGas) {
            charge(prices.onBlockOpenPerByte(state.length));
        }
        try {
            return Address.fromCbor(DagCbor.decode(state).asTuple(1, "account state").get(0));
        } catch (RuntimeException e) {
            throw new Fatal("failed to decode actor state as an account: " + e.getMessage(), e);
        }
    }

    @Override
    public MessageContext messageContext() {
        return messageContextValue();
    }

    /** v2 has no timestamp; the conformance machines use chain id 0. */
    @Override
    public NetworkContext networkContext() {
        var c = context();
        return new NetworkContext(c.epoch(), 0, c.baseFee(), c.chainId(), c.networkVersion().number());
    }

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

    @Override
    public SendResult send(Address to, long sendMethod, int paramsId, TokenAmount value, long gasLimit, long flags) {
        return send(to, sendMethod, paramsId, value, null, readOnly, false);
    }

    /**
     * v2 charges {@code OnVerifySignature}, then resolves a non-key signer to its key address (charged as a block
     * open). The crypto charges {@code OnVerifySignature} when it verifies, so it is charged here only when the
     * resolution fails; the total is the same either way.
     */
    @Override
    public boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext) {
        if (signer.protocol() == Address.BLS || signer.protocol() == Address.SECP256K1) {
            return crypto.verifySignature(sigType, signature, signer, plaintext);
        }
        Address key;
        try {
            key = resolveToKeyAddress(signer, true);
        } catch (SyscallError e) {
            charge(prices.onVerifySignature(sigType == 2 ? SignatureType.BLS : SignatureType.SECP256K1,
                    plaintext.length));
            throw e;
        }
        return crypto.verifySignature(sigType, signature, key, plaintext);
    }

    @Override
    public boolean verifySeal(CborValue sealVerifyInfo) {
        return crypto.verifySeal(sealVerifyInfo);
    }
}
