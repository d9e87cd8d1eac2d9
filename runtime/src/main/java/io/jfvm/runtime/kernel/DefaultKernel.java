package io.jfvm.runtime.kernel;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.OutOfGasException;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.SignatureType;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.FvmVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.ExecutionException;
import io.jfvm.runtime.call.FatalError;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.call.OutOfGas;
import io.jfvm.runtime.call.SyscallError;
import io.jfvm.runtime.machine.MachineContext;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.runtime.state.StateTree;
import io.jfvm.syscalls.Abort;
import io.jfvm.syscalls.BlockStat;
import io.jfvm.syscalls.ConsensusFault;
import io.jfvm.syscalls.CryptoOps;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.MessageContext;
import io.jfvm.syscalls.NetworkContext;
import io.jfvm.syscalls.OpenedBlock;
import io.jfvm.syscalls.SendOps;
import io.jfvm.syscalls.SendResult;
import io.jfvm.syscalls.SyscallException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel of one actor invocation (ref-fvm {@code kernel/default.rs} of {@code fvm@v2.12.1} for FVM v2 and
 * {@code fvm@v3.14.1} for FVM v3) over the message's {@link CallManager}: the block registry, self, actor,
 * message/network context, randomness, send, events, debug and gas. Crypto is delegated to the
 * {@link CryptoOps} given at construction (real signatures, hashes and the proof policy), except the FVM v2
 * key-address resolution of {@code verify_signature}, which needs the state tree and is done here.
 *
 * <p>Errors: a {@link SyscallError} of the call manager becomes a {@link SyscallException} (the actor sees the
 * error number), {@link OutOfGas} becomes {@link Abort.OutOfGas}, {@link FatalError} becomes {@link Abort.Fatal};
 * the engine runner maps them back after {@code invoke}.
 */
public final class DefaultKernel implements Kernel {
    private static final Logger LOG = Logger.getLogger(DefaultKernel.class.getName());

    /** ref-fvm {@code INIT_ACTOR_ID}: the only actor allowed to call {@code create_actor} in v3. */
    static final long INIT_ACTOR_ID = StateTree.INIT_ACTOR_ID;
    /** v3 {@code FINALITY} of {@code network.tipset_cid}. */
    static final long FINALITY = 900;
    /** v3 {@code max_block_size}: 1 MiB. */
    static final int MAX_BLOCK_SIZE = 1 << 20;
    static final long BLAKE2B_256 = Multihash.BLAKE2B_256;
    /** v2 {@code SINGLETON_ACTOR_NAMES} ({@code machine/manifest.rs}). */
    static final Set<String> SINGLETON_ACTORS = Set.of("system", "init", "reward", "cron", "storagepower",
            "storagemarket", "verifiedregistry");
    /** v3 event limits ({@code validate_actor_event}). */
    static final int MAX_EVENT_ENTRIES = 256;
    static final int MAX_EVENT_KEY_LEN = 32;
    static final int MAX_EVENT_DATA = 8 << 10;
    static final int MAX_ENCODED_EVENT = 1 << 20;
    static final long EVENT_FLAG_INDEXED_KEY = 1;
    static final long EVENT_FLAG_INDEXED_VALUE = 2;

    private final CallManager cm;
    private final FvmVersion version;
    private final PriceList prices;
    private final GasTracker gas;
    private final BlockRegistry blocks;
    private final CryptoOps crypto;
    private final long caller;
    private final long actorId;
    private final long method;
    private final TokenAmount valueReceived;
    private final boolean readOnly;

    public DefaultKernel(CallManager callManager, Invocation invocation, BlockRegistry blocks, CryptoOps crypto) {
        this.cm = callManager;
        this.version = FvmVersion.forNetworkVersion(callManager.machine().context().networkVersion());
        this.prices = callManager.priceList();
        this.gas = callManager.gasTracker();
        this.blocks = blocks;
        this.crypto = crypto;
        this.caller = invocation.from();
        this.actorId = invocation.to();
        this.method = invocation.method();
        this.valueReceived = invocation.value();
        this.readOnly = invocation.readOnly();
    }

    public FvmVersion version() {
        return version;
    }

    public BlockRegistry blocks() {
        return blocks;
    }

    private boolean v2() {
        return version == FvmVersion.V2;
    }

    private MachineContext context() {
        return cm.machine().context();
    }

    private Manifest manifest() {
        return cm.machine().builtinActors();
    }

    /** Maps a call-manager error into the syscall layer's error classes. */
    static RuntimeException rethrow(ExecutionException e) {
        if (e instanceof SyscallError s) {
            return SyscallException.of(s.number(), e.getMessage());
        }
        if (e instanceof OutOfGas) {
            return Abort.outOfGas(e);
        }
        return Abort.fatal(e.getMessage(), e);
    }

    private void charge(GasCharge c) throws OutOfGasException {
        gas.apply(c);
    }

    private Optional<ActorState> getActor(long id) {
        try {
            return cm.getActor(id);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private Optional<ActorState> self() {
        return getActor(actorId);
    }

    // ================================================================ gas

    @Override
    public GasTracker gasTracker() {
        return gas;
    }

    @Override
    public PriceList priceList() {
        return prices;
    }

    // ================================================================ ipld

    @Override
    public OpenedBlock blockOpen(Cid cid) throws OutOfGasException {
        charge(prices.onBlockOpenBase());
        byte[] data;
        try {
            data = cm.machine().blockstore().get(cid);
        } catch (IpldException e) {
            throw Abort.fatal("cannot read block " + cid + ": " + e.getMessage(), e);
        }
        if (data == null) {
            throw Abort.fatal("missing state: " + cid);
        }
        charge(prices.onBlockOpenPerByte(data.length));
        int id = blocks.put(new BlockData(cid.codec(), data));
        return new OpenedBlock(id, cid.codec(), data.length);
    }

    @Override
    public int blockCreate(long codec, byte[] data) throws OutOfGasException {
        if (!v2() && data.length > MAX_BLOCK_SIZE) {
            throw SyscallException.of(ErrorNumber.LIMIT_EXCEEDED, "blocks may not be larger than 1MiB");
        }
        charge(prices.onBlockCreate(data.length, 0));
        return blocks.put(new BlockData(codec, data));
    }

    @Override
    public Cid blockLink(int id, long hashFun, int hashLen) throws OutOfGasException {
        if (hashFun != BLAKE2B_256 || hashLen != 32) {
            throw SyscallException.of(ErrorNumber.ILLEGAL_CID, "cids must be 32-byte blake2b");
        }
        BlockData block = blocks.get(id);
        charge(prices.onBlockLink(io.jfvm.gas.price.HashFunction.BLAKE2B_256, block.size()));
        Cid cid = Cid.v1(block.codec(), Multihash.of(BLAKE2B_256, Hashes.blake2b256(block.data())));
        try {
            cm.machine().blockstore().put(cid, block.data());
        } catch (IpldException e) {
            throw Abort.fatal("cannot store block " + cid + ": " + e.getMessage(), e);
        }
        return cid;
    }

    @Override
    public int blockRead(int id, int offset, byte[] memory, int bufOff, int bufLen) throws OutOfGasException {
        long end = Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(bufLen);
        if (end > Integer.MAX_VALUE) {
            throw SyscallException.illegalArgument("offset plus buffer length did not fit into an i32");
        }
        BlockData block = blocks.get(id);
        byte[] data = block.data();
        long start = Integer.toUnsignedLong(offset);
        int toRead = (int) Math.min(Math.max(0, data.length - start), Integer.toUnsignedLong(bufLen));
        charge(prices.onBlockRead(toRead));
        if (toRead != 0) {
            System.arraycopy(data, (int) start, memory, bufOff, toRead);
        }
        return data.length - (int) end;
    }

    @Override
    public BlockStat blockStat(int id) throws OutOfGasException {
        charge(prices.onBlockStat());
        BlockData b = blocks.get(id);
        return new BlockStat(b.codec(), b.size());
    }

    // ================================================================ self

    @Override
    public Cid root() throws OutOfGasException {
        return self().orElseThrow(() -> SyscallException.of(ErrorNumber.ILLEGAL_OPERATION,
                "state root requested after actor deletion")).state();
    }

    @Override
    public void setRoot(Cid root) throws OutOfGasException {
        if (readOnly) {
            throw SyscallException.of(ErrorNumber.READ_ONLY, "cannot update the state-root while read-only");
        }
        ActorState state = self().orElseThrow(() -> SyscallException.of(ErrorNumber.ILLEGAL_OPERATION,
                "actor deleted"));
        try {
            cm.setActor(actorId, new ActorState(state.code(), root, state.sequence(), state.balance(),
                    state.delegatedAddress()));
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    @Override
    public TokenAmount currentBalance() throws OutOfGasException {
        if (!v2()) {
            charge(prices.onSelfBalance());
        }
        return self().map(ActorState::balance).orElse(TokenAmount.ZERO);
    }

    @Override
    public void selfDestruct(Address beneficiary) throws OutOfGasException {
        if (readOnly) {
            throw SyscallException.of(ErrorNumber.READ_ONLY, "cannot self-destruct when read-only");
        }
        charge(prices.onDeleteActor());
        TokenAmount balance = currentBalance();
        try {
            if (!balance.isZero()) {
                long beneficiaryId = resolveAddress(beneficiary);
                if (beneficiaryId == actorId) {
                    throw SyscallException.of(ErrorNumber.FORBIDDEN, "benefactor cannot be beneficiary");
                }
                cm.transfer(actorId, beneficiaryId, balance);
            }
            if (v2()) {
                // v2 deletes through the state tree directly (a no-op for a deleted actor), free of charge.
                cm.machine().stateTree().deleteActor(actorId);
            } else {
                cm.deleteActor(actorId);
            }
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    // ================================================================ actor

    @Override
    public long resolveAddress(Address address) throws OutOfGasException {
        if (!v2()) {
            charge(prices.onResolveAddress());
        }
        OptionalLong id;
        try {
            id = cm.resolveAddress(address);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
        if (id.isEmpty()) {
            throw SyscallException.of(ErrorNumber.NOT_FOUND, "actor not found");
        }
        return id.getAsLong();
    }

    @Override
    public Cid getActorCodeCid(long id) throws OutOfGasException {
        if (!v2()) {
            charge(prices.onGetActorCodeCid());
        }
        return getActor(id).orElseThrow(() -> SyscallException.of(ErrorNumber.NOT_FOUND, "actor not found")).code();
    }

    @Override
    public Address nextActorAddress() throws OutOfGasException {
        Address origin;
        long index;
        if (v2()) {
            try {
                origin = resolveToKeyAddress(cm.originAddress(), false);
            } catch (SyscallException e) {
                throw Abort.fatal("cannot resolve the message origin to a key address: " + e.getMessage(), e);
            }
            index = cm.nextActorIndex();
        } else {
            origin = cm.originAddress();
            index = cm.numActorsCreated();
        }
        byte[] addr = DagCbor.encode(origin.toCbor());
        ByteBuffer b = ByteBuffer.allocate(addr.length + 16);
        b.put(addr).putLong(cm.nonce()).putLong(index);
        return Address.actorFromData(b.array());
    }

    @Override
    public void createActor(Cid codeCid, long id, Address delegatedAddress) throws OutOfGasException {
        if (!v2()) {
            if (actorId != INIT_ACTOR_ID) {
                throw SyscallException.of(ErrorNumber.FORBIDDEN, "create_actor is restricted to InitActor. Called by "
                        + Long.toUnsignedString(actorId));
            }
            if (readOnly) {
                throw SyscallException.of(ErrorNumber.READ_ONLY, "create_actor cannot be called while read-only");
            }
            try {
                cm.createActor(codeCid, id, delegatedAddress);
            } catch (ExecutionException e) {
                throw rethrow(e);
            }
            return;
        }
        String name = manifest().nameOf(codeCid);
        if (name == null) {
            throw SyscallException.of(ErrorNumber.FORBIDDEN, "can only create built-in actors");
        }
        if (SINGLETON_ACTORS.contains(name)) {
            throw SyscallException.of(ErrorNumber.FORBIDDEN, "can only have one instance of singleton actors");
        }
        Optional<ActorState> existing;
        try {
            existing = cm.machine().stateTree().getActor(id);
        } catch (RuntimeException e) {
            // v2: `if let Ok(Some(_))` — a lookup failure does not stop the creation.
            existing = Optional.empty();
        }
        if (existing.isPresent()) {
            throw SyscallException.of(ErrorNumber.FORBIDDEN, "Actor address already exists");
        }
        charge(prices.onCreateActorSkyr());
        try {
            cm.setActor(id, ActorState.empty(codeCid, null));
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    @Override
    public int getBuiltinActorType(Cid codeCid) throws OutOfGasException {
        if (!v2()) {
            charge(prices.onGetBuiltinActorType());
        }
        return manifest().typeOf(codeCid);
    }

    @Override
    public Cid getCodeCidForType(int type) throws OutOfGasException {
        if (!v2()) {
            charge(prices.onGetCodeCidForType());
        }
        Cid code = manifest().codeOfType(type);
        if (code == null) {
            throw SyscallException.illegalArgument("tried to resolve CID of unrecognized actor type "
                    + Integer.toUnsignedString(type));
        }
        return code;
    }

    @Override
    public Address lookupDelegatedAddress(long id) throws OutOfGasException {
        requireV3("lookup_delegated_address");
        charge(prices.onLookupDelegatedAddress());
        return getActor(id).orElseThrow(() -> SyscallException.of(ErrorNumber.NOT_FOUND, "actor not found"))
                .delegatedAddress();
    }

    @Override
    public TokenAmount balanceOf(long id) throws OutOfGasException {
        requireV3("balance_of");
        charge(prices.onBalanceOf());
        return getActor(id).orElseThrow(() -> SyscallException.of(ErrorNumber.NOT_FOUND, "actor not found"))
                .balance();
    }

    private void requireV3(String syscall) {
        if (v2()) {
            throw Abort.fatal(syscall + " is not an FVM v2 syscall");
        }
    }

    /**
     * v2 {@code resolve_to_key_addr}: f1/f3 as is; otherwise the actor must exist (NotFound) and be an account
     * (IllegalArgument); with {@code chargeGas} its state read is charged as a block open.
     */
    Address resolveToKeyAddress(Address address, boolean chargeGas) throws OutOfGasException {
        if (address.protocol() == Address.BLS || address.protocol() == Address.SECP256K1) {
            return address;
        }
        Optional<ActorState> act;
        try {
            act = cm.machine().stateTree().getActor(address);
        } catch (RuntimeException e) {
            throw Abort.fatal("state tree lookup of " + address + " failed: " + e.getMessage(), e);
        }
        ActorState actor = act.orElseThrow(() -> SyscallException.of(ErrorNumber.NOT_FOUND,
                "state tree doesn't contain actor " + address));
        if (!actor.code().equals(manifest().codeOf("account"))) {
            throw SyscallException.illegalArgument("target actor is not an account");
        }
        if (chargeGas) {
            charge(prices.onBlockOpenBase());
        }
        byte[] state = cm.machine().blockstore().get(actor.state());
        if (state == null) {
            throw Abort.fatal("account actor state not found: " + actor.state());
        }
        if (chargeGas) {
            charge(prices.onBlockOpenPerByte(state.length));
        }
        try {
            return Address.fromCbor(DagCbor.decode(state).asTuple(1, "account state").get(0));
        } catch (RuntimeException e) {
            throw Abort.fatal("failed to decode actor state as an account: " + e.getMessage(), e);
        }
    }

    // ================================================================ message / network

    @Override
    public MessageContext messageContext() throws OutOfGasException {
        if (!v2()) {
            charge(prices.onMessageContext());
        }
        return new MessageContext(cm.origin(), cm.nonce(), caller, actorId, method, valueReceived,
                cm.gasPremium() == null ? TokenAmount.ZERO : cm.gasPremium(),
                readOnly ? MessageContext.FLAG_READ_ONLY : 0);
    }

    @Override
    public NetworkContext networkContext() throws OutOfGasException {
        if (!v2()) {
            charge(prices.onNetworkContext());
        }
        MachineContext c = context();
        // The v2/v3 conformance machines use chain id 0 (NetworkConfig default); v2 has no timestamp.
        return new NetworkContext(c.epoch(), v2() ? 0 : c.timestamp(), c.baseFee(), 0, c.networkVersion());
    }

    @Override
    public TokenAmount totalFilCircSupply() {
        return context().circulatingSupply();
    }

    @Override
    public Cid tipsetCid(long epoch) throws OutOfGasException {
        requireV3("tipset_cid");
        if (epoch < 0) {
            throw SyscallException.illegalArgument("epoch is negative");
        }
        long offset = context().epoch() - epoch;
        if (offset < 0) {
            throw SyscallException.illegalArgument("epoch " + epoch + " is in the future");
        }
        if (offset == 0) {
            throw SyscallException.illegalArgument("cannot lookup the tipset cid for the current epoch");
        }
        if (offset >= FINALITY) {
            throw SyscallException.illegalArgument("epoch " + epoch + " is too far in the past");
        }
        charge(prices.onTipsetCid(offset));
        // The machine's externs carry no tipset CIDs (ref-fvm's conformance extern is `todo!()`, a host panic).
        throw Abort.fatal("tipset CID extern not available (epoch " + epoch + ")");
    }

    // ================================================================ randomness

    @Override
    public byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy)
            throws OutOfGasException {
        charge(prices.onGetRandomness(entropy.length));
        byte[] digest = extern(() -> cm.machine().externs().chainRandomness(round));
        return drawRandomness(digest, personalization, round, entropy);
    }

    @Override
    public byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy)
            throws OutOfGasException {
        charge(prices.onGetRandomness(entropy.length));
        byte[] digest = extern(() -> cm.machine().externs().beaconRandomness(round));
        return drawRandomness(digest, personalization, round, entropy);
    }

    private static byte[] extern(java.util.function.Supplier<byte[]> call) {
        byte[] d;
        try {
            d = call.get();
        } catch (RuntimeException e) {
            throw SyscallException.illegalArgument("randomness extern failed: " + e.getMessage());
        }
        if (d == null || d.length != 32) {
            throw SyscallException.illegalArgument("randomness extern returned no 32-byte digest");
        }
        return d;
    }

    /** {@code blake2b-256(pers BE i64 ‖ digest ‖ round BE i64 ‖ entropy)} (v2.6.0+/v3.6.0+ kernels). */
    static byte[] drawRandomness(byte[] digest, long personalization, long round, byte[] entropy) {
        ByteBuffer b = ByteBuffer.allocate(8 + digest.length + 8 + entropy.length);
        b.putLong(personalization).put(digest).putLong(round).put(entropy);
        return Hashes.blake2b256(b.array());
    }

    // ================================================================ send

    @Override
    public SendResult send(Address to, long sendMethod, int paramsId, TokenAmount value, long gasLimit, long flags)
            throws OutOfGasException {
        boolean ro = readOnly || (flags & MessageContext.FLAG_READ_ONLY) != 0;
        if (ro && !value.isZero()) {
            throw SyscallException.of(ErrorNumber.READ_ONLY, "cannot transfer value when read-only");
        }
        BlockData params = paramsId == 0 ? null : blocks.get(paramsId);
        if (blocks.isFull()) {
            throw SyscallException.of(ErrorNumber.LIMIT_EXCEEDED, "cannot store return block");
        }
        Long limit = v2() || gasLimit == SendOps.NO_GAS_LIMIT ? null : SendOps.gasLimitMilligas(gasLimit);
        InvocationResult result;
        try {
            result = cm.send(actorId, to, sendMethod, params, value, limit, ro);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
        BlockData ret = result.value();
        if (ret == null || (v2() && !result.isSuccess())) {
            return new SendResult(result.exitCode(), 0, 0, 0);
        }
        int id;
        try {
            id = blocks.put(ret);
        } catch (SyscallException e) {
            throw Abort.fatal("failed to store a valid return value: " + e.getMessage(), e);
        }
        return new SendResult(result.exitCode(), id, ret.codec(), ret.size());
    }

    // ================================================================ crypto (delegated)

    @Override
    public boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext)
            throws OutOfGasException {
        if (v2() && signer.protocol() != Address.BLS && signer.protocol() != Address.SECP256K1) {
            // v2 charges OnVerifySignature, then resolves the signer to its key address (charged as a block
            // open). The delegate charges OnVerifySignature when it verifies, so the charge is made here only
            // when resolution fails; the total is the same either way.
            Address key;
            try {
                key = resolveToKeyAddress(signer, true);
            } catch (SyscallException e) {
                charge(prices.onVerifySignature(sigType == 2 ? SignatureType.BLS : SignatureType.SECP256K1,
                        plaintext.length));
                throw e;
            }
            return crypto.verifySignature(sigType, signature, key, plaintext);
        }
        return crypto.verifySignature(sigType, signature, signer, plaintext);
    }

    @Override
    public byte[] recoverSecpPublicKey(byte[] hash, byte[] signature) throws OutOfGasException {
        return crypto.recoverSecpPublicKey(hash, signature);
    }

    @Override
    public byte[] hash(long hashCode, byte[] data) throws OutOfGasException {
        return crypto.hash(hashCode, data);
    }

    @Override
    public Cid computeUnsealedSectorCid(long proofType, CborValue pieces) throws OutOfGasException {
        return crypto.computeUnsealedSectorCid(proofType, pieces);
    }

    @Override
    public boolean verifySeal(CborValue sealVerifyInfo) throws OutOfGasException {
        return crypto.verifySeal(sealVerifyInfo);
    }

    @Override
    public boolean verifyPost(CborValue windowPostVerifyInfo) throws OutOfGasException {
        return crypto.verifyPost(windowPostVerifyInfo);
    }

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) throws OutOfGasException {
        return crypto.verifyConsensusFault(h1, h2, extra);
    }

    @Override
    public boolean verifyAggregateSeals(CborValue aggregate) throws OutOfGasException {
        return crypto.verifyAggregateSeals(aggregate);
    }

    @Override
    public boolean verifyReplicaUpdate(CborValue replicaUpdateInfo) throws OutOfGasException {
        return crypto.verifyReplicaUpdate(replicaUpdateInfo);
    }

    @Override
    public boolean[] batchVerifySeals(CborValue batch) throws OutOfGasException {
        return crypto.batchVerifySeals(batch);
    }

    // ================================================================ events (v3)

    @Override
    public void emitEvent(byte[] rawEvent) throws OutOfGasException {
        requireV3("emit_event");
        if (readOnly) {
            throw SyscallException.of(ErrorNumber.READ_ONLY, "cannot emit events while read-only");
        }
        charge(prices.onActorEventValidate(rawEvent.length));
        if (rawEvent.length > MAX_ENCODED_EVENT) {
            throw SyscallException.illegalArgument("event WAY too large");
        }
        CborValue event;
        List<CborValue> entries;
        long indexedElements = 0;
        long indexedBytes = 0;
        long totalValue = 0;
        try {
            event = DagCbor.decode(rawEvent);
            entries = event.asList();
            if (entries.size() > MAX_EVENT_ENTRIES) {
                throw SyscallException.illegalArgument("event exceeded max entries");
            }
            for (CborValue e : entries) {
                List<CborValue> f = e.asTuple(4, "event entry");
                long flags = f.get(0).asU64();
                String key = f.get(1).asText();
                long codec = f.get(2).asU64();
                byte[] value = f.get(3).asBytes();
                int keyLen = key.getBytes(StandardCharsets.UTF_8).length;
                if (keyLen > MAX_EVENT_KEY_LEN) {
                    throw SyscallException.illegalArgument("event key exceeded max size");
                }
                if (codec != io.jfvm.ipld.Multicodec.RAW) {
                    throw SyscallException.of(ErrorNumber.ILLEGAL_CODEC, "event codec must be IPLD_RAW");
                }
                totalValue += value.length;
                if ((flags & EVENT_FLAG_INDEXED_KEY) != 0) {
                    indexedBytes += keyLen;
                    indexedElements++;
                }
                if ((flags & EVENT_FLAG_INDEXED_VALUE) != 0) {
                    indexedBytes += value.length;
                    indexedElements++;
                }
            }
        } catch (IpldException | IllegalStateException | ClassCastException e) {
            throw SyscallException.illegalArgument("cannot decode event: " + e.getMessage());
        }
        if (totalValue > MAX_EVENT_DATA) {
            throw SyscallException.illegalArgument("event total values exceeded max size");
        }
        charge(prices.onActorEventAccept(rawEvent.length, indexedElements, indexedBytes));
        cm.appendEvent(actorId, event);
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
