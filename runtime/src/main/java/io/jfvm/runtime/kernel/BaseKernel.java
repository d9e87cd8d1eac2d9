package io.jfvm.runtime.kernel;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.HashFunction;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.syscalls.BlockStat;
import io.jfvm.syscalls.BlsAggregateInput;
import io.jfvm.syscalls.ConsensusFault;
import io.jfvm.syscalls.CryptoOps;
import io.jfvm.syscalls.EventEntry;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.MessageContext;
import io.jfvm.syscalls.NetworkContext;
import io.jfvm.syscalls.SendResult;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the kernels of every line share (ref-fvm {@code kernel/default.rs}): one invocation of one actor over the
 * message's {@link CallManager}, its block registry and its line's crypto. The line kernels ({@link KernelV2},
 * {@link KernelV3}) implement what their line does differently, mostly the charges; a syscall a line does not link
 * is Fatal here, so calling one through the wrong line fails loudly. Errors are the machine's one hierarchy: the
 * call manager's {@link SyscallError}s reach the actor as error numbers unchanged.
 */
public abstract class BaseKernel implements Kernel {
    private static final Logger LOG = Logger.getLogger(BaseKernel.class.getName());
    static final long BLAKE2B_256 = Multihash.BLAKE2B_256;

    final CallManager cm;
    final GasTracker gas;
    final BlockRegistry blocks;
    final CryptoOps crypto;
    final long caller;
    final long actorId;
    final long method;
    final TokenAmount valueReceived;
    final boolean readOnly;

    BaseKernel(CallManager callManager, Invocation invocation, BlockRegistry blocks, CryptoOps crypto) {
        this.cm = callManager;
        this.gas = callManager.gasTracker();
        this.blocks = blocks;
        this.crypto = crypto;
        this.caller = invocation.from();
        this.actorId = invocation.to();
        this.method = invocation.method();
        this.valueReceived = invocation.value();
        this.readOnly = invocation.readOnly();
    }

    public BlockRegistry blocks() {
        return blocks;
    }

    void charge(GasCharge c) {
        gas.apply(c);
    }

    MachineContext context() {
        return cm.machine().context();
    }

    Manifest manifest() {
        return cm.machine().builtinActors();
    }

    Optional<ActorState> self() {
        return cm.getActor(actorId);
    }

    /** The actor with id {@code id}; NotFound when it does not exist. */
    ActorState existingActor(long id) {
        return cm.getActor(id).orElseThrow(() -> SyscallError.of(ErrorNumber.NOT_FOUND, "actor not found"));
    }

    /** Fatal: the line does not link {@code syscall}, so its kernel is never asked for it. */
    static Fatal notLinked(String syscall) {
        return new Fatal(syscall + " is not a syscall of this FVM line");
    }

    // ================================================================ gas

    @Override
    public GasTracker gasTracker() {
        return gas;
    }

    // ================================================================ ipld

    /** The bytes of a stored block; a missing or unreadable block is Fatal (the state names it). */
    byte[] storedBlock(Cid cid) {
        byte[] data;
        try {
            data = cm.machine().blockstore().get(cid);
        } catch (IpldException e) {
            throw new Fatal("cannot read block " + cid + ": " + e.getMessage(), e);
        }
        if (data == null) {
            throw new Fatal("missing state: " + cid);
        }
        return data;
    }

    @Override
    public Cid blockLink(int id, long hashFun, int hashLen) {
        if (hashFun != BLAKE2B_256 || hashLen != 32) {
            throw SyscallError.of(ErrorNumber.ILLEGAL_CID, "cids must be 32-byte blake2b");
        }
        BlockData block = blocks.get(id);
        charge(priceList().onBlockLink(HashFunction.BLAKE2B_256, block.size()));
        Cid cid = Cid.v1(block.codec(), Multihash.of(BLAKE2B_256, Hashes.blake2b256(block.data())));
        try {
            cm.machine().blockstore().put(cid, block.data());
        } catch (IpldException e) {
            throw new Fatal("cannot store block " + cid + ": " + e.getMessage(), e);
        }
        return cid;
    }

    @Override
    public int blockRead(int id, int offset, byte[] memory, int bufOff, int bufLen) {
        long end = Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(bufLen);
        if (end > Integer.MAX_VALUE) {
            throw SyscallError.illegalArgument("offset plus buffer length did not fit into an i32");
        }
        BlockData block = blocks.get(id);
        byte[] data = block.data();
        long start = Integer.toUnsignedLong(offset);
        int toRead = (int) Math.min(Math.max(0, data.length - start), Integer.toUnsignedLong(bufLen));
        charge(priceList().onBlockRead(toRead));
        if (toRead != 0) {
            System.arraycopy(data, (int) start, memory, bufOff, toRead);
        }
        return data.length - (int) end;
    }

    @Override
    public BlockStat blockStat(int id) {
        charge(priceList().onBlockStat());
        BlockData b = blocks.get(id);
        return new BlockStat(b.codec(), b.size());
    }

    // ================================================================ self

    @Override
    public Cid root() {
        return self().orElseThrow(() -> SyscallError.of(ErrorNumber.ILLEGAL_OPERATION,
                "state root requested after actor deletion")).state();
    }

    @Override
    public void setRoot(Cid root) {
        if (readOnly) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot update the state-root while read-only");
        }
        ActorState state = self().orElseThrow(() -> SyscallError.of(ErrorNumber.ILLEGAL_OPERATION,
                "actor deleted"));
        cm.setActor(actorId, new ActorState(state.code(), root, state.sequence(), state.balance(),
                state.delegatedAddress()));
    }

    /** The actor's balance, 0 once it is deleted. */
    TokenAmount selfBalance() {
        return self().map(ActorState::balance).orElse(TokenAmount.ZERO);
    }

    /**
     * Moves the whole balance to {@code beneficiary} (not this actor: Forbidden), as v2 and v3
     * {@code self_destruct} do before the line deletes the actor.
     */
    void transferBalanceBeforeDestruct(Address beneficiary, TokenAmount balance) {
        if (!balance.isZero()) {
            long beneficiaryId = resolveAddress(beneficiary);
            if (beneficiaryId == actorId) {
                throw SyscallError.of(ErrorNumber.FORBIDDEN, "benefactor cannot be beneficiary");
            }
            cm.transfer(actorId, beneficiaryId, balance);
        }
    }

    @Override
    public void selfDestruct(Address beneficiary) {
        throw notLinked("self.self_destruct(beneficiary)");
    }

    @Override
    public void selfDestruct(boolean burnUnspent) {
        throw notLinked("self.self_destruct(burn_unspent)");
    }

    // ================================================================ actor

    /** The id {@code address} resolves to; NotFound when it does not. */
    long resolvedId(Address address) {
        OptionalLong id = cm.resolveAddress(address);
        if (id.isEmpty()) {
            throw SyscallError.of(ErrorNumber.NOT_FOUND, "actor not found");
        }
        return id.getAsLong();
    }

    /** {@code f2} address derivation: the origin's address, the message nonce and an index of actors created. */
    Address actorAddress(Address origin, long index) {
        byte[] addr = io.jfvm.ipld.cbor.DagCbor.encode(origin.toCbor());
        ByteBuffer b = ByteBuffer.allocate(addr.length + 16);
        b.put(addr).putLong(cm.nonce()).putLong(index);
        return Address.actorFromData(b.array());
    }

    /** The code CID of builtin type {@code type}; IllegalArgument for an unknown type. */
    Cid codeOfType(int type) {
        Cid code = manifest().codeOfType(type);
        if (code == null) {
            throw SyscallError.illegalArgument("tried to resolve CID of unrecognized actor type "
                    + Integer.toUnsignedString(type));
        }
        return code;
    }

    @Override
    public Address lookupDelegatedAddress(long id) {
        throw notLinked("actor.lookup_delegated_address");
    }

    @Override
    public TokenAmount balanceOf(long id) {
        throw notLinked("actor.balance_of");
    }

    // ================================================================ message / network

    MessageContext messageContextValue() {
        return new MessageContext(cm.origin(), cm.nonce(), caller, actorId, method, valueReceived,
                cm.gasPremium() == null ? TokenAmount.ZERO : cm.gasPremium(),
                readOnly ? MessageContext.FLAG_READ_ONLY : 0);
    }

    @Override
    public TokenAmount totalFilCircSupply() {
        return context().circulatingSupply();
    }

    @Override
    public Cid tipsetCid(long epoch) {
        throw notLinked("network.tipset_cid");
    }

    // ================================================================ randomness

    /** A 32-byte digest from the node's externs; a failure or a wrong length is IllegalArgument. */
    static byte[] extern(java.util.function.Supplier<byte[]> call) {
        byte[] d;
        try {
            d = call.get();
        } catch (RuntimeException e) {
            throw SyscallError.illegalArgument("randomness extern failed: " + e.getMessage());
        }
        if (d == null || d.length != 32) {
            throw SyscallError.illegalArgument("randomness extern returned no 32-byte digest");
        }
        return d;
    }

    /** {@code blake2b-256(pers BE i64 ‖ digest ‖ round BE i64 ‖ entropy)}: how v2 and v3 kernels draw randomness. */
    static byte[] drawRandomness(byte[] digest, long personalization, long round, byte[] entropy) {
        ByteBuffer b = ByteBuffer.allocate(8 + digest.length + 8 + entropy.length);
        b.putLong(personalization).put(digest).putLong(round).put(entropy);
        return Hashes.blake2b256(b.array());
    }

    @Override
    public byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy) {
        throw notLinked("rand.get_chain_randomness(pers, round, entropy)");
    }

    @Override
    public byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy) {
        throw notLinked("rand.get_beacon_randomness(pers, round, entropy)");
    }

    @Override
    public byte[] chainRandomness(long round) {
        throw notLinked("rand.get_chain_randomness(round)");
    }

    @Override
    public byte[] beaconRandomness(long round) {
        throw notLinked("rand.get_beacon_randomness(round)");
    }

    byte[] chainRandomnessDigest(long round) {
        return extern(() -> cm.machine().externs().chainRandomness(round));
    }

    byte[] beaconRandomnessDigest(long round) {
        return extern(() -> cm.machine().externs().beaconRandomness(round));
    }

    // ================================================================ send

    /**
     * A send from this actor: read-only calls cannot move value; the params block must exist; the registry must have
     * room for a returned block.
     *
     * @param limitMilligas the sub-call gas limit, or null for none
     * @param failuresReturnData whether a failed call's block reaches the caller (v3 and later)
     */
    SendResult send(Address to, long sendMethod, int paramsId, TokenAmount value, Long limitMilligas, boolean ro,
                    boolean failuresReturnData) {
        if (ro && !value.isZero()) {
            throw SyscallError.of(ErrorNumber.READ_ONLY, "cannot transfer value when read-only");
        }
        BlockData params = paramsId == 0 ? null : blocks.get(paramsId);
        if (blocks.isFull()) {
            throw SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "cannot store return block");
        }
        InvocationResult result = cm.send(actorId, to, sendMethod, params, value, limitMilligas, ro);
        BlockData ret = result.value();
        if (ret == null || (!failuresReturnData && !result.isSuccess())) {
            return new SendResult(result.exitCode(), 0, 0, 0);
        }
        int id;
        try {
            id = blocks.put(ret);
        } catch (SyscallError e) {
            throw new Fatal("failed to store a valid return value: " + e.getMessage(), e);
        }
        return new SendResult(result.exitCode(), id, ret.codec(), ret.size());
    }

    // ================================================================ crypto (delegated)

    @Override
    public boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext) {
        return crypto.verifySignature(sigType, signature, signer, plaintext);
    }

    @Override
    public byte[] recoverSecpPublicKey(byte[] hash, byte[] signature) {
        return crypto.recoverSecpPublicKey(hash, signature);
    }

    @Override
    public byte[] hash(long hashCode, byte[] data) {
        return crypto.hash(hashCode, data);
    }

    @Override
    public Cid computeUnsealedSectorCid(long proofType, CborValue pieces) {
        return crypto.computeUnsealedSectorCid(proofType, pieces);
    }

    @Override
    public boolean verifyBlsAggregate(BlsAggregateInput input) {
        return crypto.verifyBlsAggregate(input);
    }

    @Override
    public boolean verifySeal(CborValue sealVerifyInfo) {
        throw notLinked("crypto.verify_seal");
    }

    @Override
    public boolean verifyPost(CborValue windowPostVerifyInfo) {
        return crypto.verifyPost(windowPostVerifyInfo);
    }

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) {
        return crypto.verifyConsensusFault(h1, h2, extra);
    }

    @Override
    public boolean verifyAggregateSeals(CborValue aggregate) {
        return crypto.verifyAggregateSeals(aggregate);
    }

    @Override
    public boolean verifyReplicaUpdate(CborValue replicaUpdateInfo) {
        return crypto.verifyReplicaUpdate(replicaUpdateInfo);
    }

    @Override
    public boolean[] batchVerifySeals(CborValue batch) {
        return crypto.batchVerifySeals(batch);
    }

    // ================================================================ events

    @Override
    public void emitEvent(byte[] rawEvent) {
        throw notLinked("event.emit_event(event)");
    }

    @Override
    public void emitEvent(List<EventEntry> entries, byte[] keys, byte[] values) {
        throw notLinked("event.emit_event(entries, keys, values)");
    }

    // ================================================================ debug

    @Override
    public boolean debugEnabled() {
        return false;
    }

    @Override
    public void log(String message) {
        LOG.log(Level.FINE, "actor f0{0}: {1}", new Object[] {Long.toUnsignedString(actorId), message});
    }

    @Override
    public void storeArtifact(String name, byte[] data) {
        // Only reachable with actor debugging on, which this machine never enables.
    }
}
