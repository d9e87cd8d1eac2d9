package io.jfvm.runtime.call;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.amt.Amt;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.store.MemoryBlockstore;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.ExecutionError;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.OutOfGas;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.state.StateTreeException;
import io.jfvm.runtime.version.FvmRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The call stack of one message (ref-fvm's {@code DefaultCallManager}): the gas tracker, sends with their
 * transactions, address resolution and account/placeholder auto-creation, value transfer, and state-access
 * charging. Written once for every line: where the lines differ it asks the machine's {@link FvmRules}. Actor code
 * runs through an {@link ActorCodeRunner}; the kernel it builds calls back into {@link #send} and the state
 * accessors here. Errors are the machine's one {@link ExecutionError} hierarchy. One instance per message; not
 * thread-safe.
 */
public final class CallManager {
    /** The system actor's id, the caller of implicit account constructors. */
    public static final long SYSTEM_ACTOR_ID = 0;
    /** Method 0: a plain value transfer; code never runs. */
    public static final long METHOD_SEND = 0;
    /** Method 1: the constructor. */
    public static final long METHOD_CONSTRUCTOR = 1;

    private final Machine machine;
    private final FvmRules rules;
    private final ActorCodeRunner runner;
    private final GasTracker gas;
    private final StateAccess access;
    private final CallStackMemory memory;
    private final long origin;
    private final Address originAddress;
    private final long nonce;
    private final TokenAmount gasPremium;
    private long numActorsCreated;
    private int callStackDepth;
    private long invocationCount;
    /** v3 actor events ({@code StampedEvent}s) in emission order, and the event count at each open transaction. */
    private final List<CborValue> events = new ArrayList<>();
    private final ArrayDeque<Integer> eventMarks = new ArrayDeque<>();

    /**
     * @param gasLimit the message gas limit, in whole gas
     * @param origin the sender's actor id
     * @param originAddress the sender's address as written in the message
     * @param receiver the receiver's id if it already resolves (v3 marks it as read)
     * @param receiverAddress the receiver's address as written in the message
     * @param nonce the message sequence number
     * @param gasPremium the effective premium actors see (v3)
     */
    public CallManager(Machine machine, ActorCodeRunner runner, long gasLimit, long origin, Address originAddress,
                       OptionalLong receiver, Address receiverAddress, long nonce, TokenAmount gasPremium) {
        this.machine = machine;
        this.rules = machine.rules();
        this.runner = runner;
        this.gas = new GasTracker(Gas.of(gasLimit), 0, machine.context().tracing());
        this.origin = origin;
        this.originAddress = originAddress;
        this.nonce = nonce;
        this.gasPremium = gasPremium;
        this.access = rules.newStateAccess(gas);
        this.memory = new CallStackMemory(rules.maxCallStackMemory());
        // The sender was loaded and updated by preflight, whose cost the inclusion charge covers.
        access.updated(origin);
        access.resolved(originAddress);
        receiver.ifPresent(access::read);
        access.resolved(receiverAddress);
    }

    public Machine machine() {
        return machine;
    }

    public GasTracker gasTracker() {
        return gas;
    }

    /** Applies a charge; running out ends in {@link OutOfGas} with all gas of the current limit used. */
    public void chargeGas(GasCharge charge) {
        gas.apply(charge);
    }

    /** The memory the instances of this message's call stack use together. */
    public CallStackMemory callStackMemory() {
        return memory;
    }

    /** The origin (sender) of the message, as an actor id. */
    public long origin() {
        return origin;
    }

    /** The origin's address as written in the message. */
    public Address originAddress() {
        return originAddress;
    }

    public long nonce() {
        return nonce;
    }

    /** The effective gas premium of the message (v3 {@code message_context}). */
    public TokenAmount gasPremium() {
        return gasPremium;
    }

    /** Current call-stack depth: 1 while the top-level call runs. */
    public int callStackDepth() {
        return callStackDepth;
    }

    /** How many times actor code was invoked in this message. */
    public long invocationCount() {
        return invocationCount;
    }

    /** Actors created so far in this message (input of the next f2 address). */
    public long numActorsCreated() {
        return numActorsCreated;
    }

    /** Returns the index for the next created actor and counts it (v2 {@code next_actor_idx}). */
    public long nextActorIndex() {
        return numActorsCreated++;
    }

    // ------------------------------------------------------------------ sends

    /**
     * Sends a message from actor {@code from}: checks the call depth, then resolves (or auto-creates) the receiver,
     * transfers value and, unless the method is 0, runs the receiver's code, all inside a state transaction that
     * is reverted on an error or a non-zero exit.
     *
     * @param gasLimitMilligas a sub-call gas limit (v3 and later), or null for none
     * @throws ExecutionError when the send could not be dispatched or aborted
     */
    public InvocationResult send(long from, Address to, long method, BlockData params, TokenAmount value,
                                 Long gasLimitMilligas, boolean readOnly) {
        if (gasLimitMilligas != null) {
            if (!rules.supportsSubCallGasLimits()) {
                throw new IllegalArgumentException(rules + " has no sub-call gas limits");
            }
            gas.pushLimit(gasLimitMilligas);
        }
        if (rules.exceedsCallDepth(callStackDepth, machine.context().maxCallDepth())) {
            if (gasLimitMilligas != null && !rules.keepsSubLimitAfterDepthFailure()) {
                gas.popLimit();
            }
            throw new SyscallError(ErrorNumber.LIMIT_EXCEEDED, "message execution exceeds call depth");
        }
        beginTransaction();
        callStackDepth++;
        long memoryAtFrameStart = memory.usedBytes();
        InvocationResult result = null;
        ExecutionError error = null;
        boolean revert = true;
        try {
            result = sendUnchecked(from, to, method, params, value, readOnly);
            revert = !result.isSuccess();
        } catch (ExecutionError e) {
            error = e;
        } catch (ActorCodeUnavailableException e) {
            throw e;
        } catch (StateTreeException | IpldException e) {
            error = new Fatal("state access failed during send to " + to + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A Java exception here is a broken invariant in jfvm (ref-fvm: a host panic): Fatal, never a stray throw.
            error = new Fatal("internal error during send to " + to + ": " + e, e);
        } finally {
            // Runs for ActorCodeUnavailableException too, so the tree is never left inside a transaction.
            callStackDepth--;
            memory.release(memoryAtFrameStart);
            endTransaction(revert);
            if (gasLimitMilligas != null) {
                gas.popLimit();
            }
        }
        if (error instanceof OutOfGas && rules.supportsSubCallGasLimits() && gas.available() != 0) {
            // Only the sub-call's own limit ran out: to the caller this is a failed call, not an abort.
            return new InvocationResult(ExitCode.SYS_OUT_OF_GAS, null);
        }
        if (error != null) {
            throw error;
        }
        return result;
    }

    /** A unit of work inside a transaction (the executor wraps the top-level send and its return charge). */
    @FunctionalInterface
    public interface TransactionBody {
        InvocationResult run();
    }

    /** Runs {@code body} in a state transaction, reverted on an error or a non-zero exit. */
    public InvocationResult withTransaction(TransactionBody body) {
        beginTransaction();
        boolean revert = true;
        try {
            InvocationResult r = body.run();
            revert = !r.isSuccess();
            return r;
        } finally {
            endTransaction(revert);
        }
    }

    private void beginTransaction() {
        eventMarks.push(events.size());
        machine.stateTree().beginTransaction();
        access.beginTransaction();
    }

    private void endTransaction(boolean revert) {
        int mark = eventMarks.pop();
        if (revert) {
            // Events of a reverted call are dropped with everything emitted below it.
            events.subList(mark, events.size()).clear();
        }
        access.endTransaction(revert);
        machine.stateTree().endTransaction(revert);
    }

    private InvocationResult sendUnchecked(long from, Address to, long method, BlockData params, TokenAmount value,
                                           boolean readOnly) {
        OptionalLong resolved = resolveAddress(to);
        long toId;
        if (resolved.isPresent()) {
            toId = resolved.getAsLong();
        } else if (to.protocol() == Address.SECP256K1 || to.protocol() == Address.BLS) {
            requireWritable(readOnly, to);
            toId = createAccountActorFromSend(to);
        } else if (rules.createsPlaceholders() && to.protocol() == Address.DELEGATED
                && to.namespace() == Address.EAM_NAMESPACE) {
            requireWritable(readOnly, to);
            toId = createActorFromSend(to, ActorState.empty(builtinCode("placeholder"), to));
        } else {
            throw new SyscallError(ErrorNumber.NOT_FOUND, "actor does not exist or cannot be created: " + to);
        }
        return sendResolved(from, toId, method, params, value, readOnly);
    }

    private static void requireWritable(boolean readOnly, Address to) {
        if (readOnly) {
            throw new SyscallError(ErrorNumber.READ_ONLY, "cannot auto-create account " + to + " in read-only calls");
        }
    }

    private long createAccountActorFromSend(Address address) {
        boolean chargeFirst = rules.chargesAccountCreationBeforeZeroCheck();
        if (chargeFirst) {
            chargeGas(rules.createActorCharge(true));
        }
        if (isBlsZeroAddress(address)) {
            throw new SyscallError(ErrorNumber.ILLEGAL_ARGUMENT, "cannot create the bls zero address actor");
        }
        long id = chargeFirst
                ? registerActor(address, ActorState.empty(builtinCode("account"), null))
                : createActorFromSend(address, ActorState.empty(builtinCode("account"), null));
        // The account constructor runs without a depth increment; its exit code is ignored, only errors propagate.
        BlockData params = new BlockData(rules.accountConstructorParamsCodec(), DagCbor.encode(address.toCbor()));
        sendResolved(SYSTEM_ACTOR_ID, id, METHOD_CONSTRUCTOR, params, TokenAmount.ZERO, false);
        return id;
    }

    /** v3+ {@code create_actor_from_send}: charge, assign an id, and store the actor (charged as an update). */
    private long createActorFromSend(Address address, ActorState actor) {
        chargeGas(rules.createActorCharge(true));
        long id = fatalOnStateError(() -> machine.stateTree().registerNewAddress(address));
        access.resolved(address);
        setActor(id, actor);
        return id;
    }

    /** v2 {@code Machine::create_actor}: assign an id and store the actor, free of charge. */
    private long registerActor(Address address, ActorState actor) {
        long id = fatalOnStateError(() -> machine.stateTree().registerNewAddress(address));
        machine.stateTree().setActor(id, actor);
        return id;
    }

    private InvocationResult sendResolved(long from, long to, long method, BlockData params, TokenAmount value,
                                          boolean readOnly) {
        ActorState state = getActor(to)
                .orElseThrow(() -> new SyscallError(ErrorNumber.NOT_FOUND, "actor does not exist: f0" + Long.toUnsignedString(to)));
        rules.dispatchCharge(value, method).ifPresent(this::chargeGas);
        if (!value.isZero()) {
            transfer(from, to, value);
        }
        if (method == METHOD_SEND) {
            return InvocationResult.EMPTY_OK;
        }
        rules.invocationCharge(params).ifPresent(this::chargeGas);
        invocationCount++;
        InvocationResult result = runner.invoke(this, new Invocation(from, to, method, params, value, state, readOnly));
        if (result.value() != null) {
            rules.returnCharge(callStackDepth, result.value()).ifPresent(this::chargeGas);
        }
        return result;
    }

    // ------------------------------------------------------------------ state access

    /**
     * Resolves {@code address} to an actor id (ID addresses directly, others through the init actor), charged as the
     * line charges state access.
     */
    public OptionalLong resolveAddress(Address address) {
        if (address.isId()) {
            return OptionalLong.of(address.id());
        }
        access.chargeResolve(address);
        OptionalLong id = fatalOnStateError(() -> machine.stateTree().lookupId(address));
        if (id.isPresent()) {
            access.resolved(address);
        }
        return id;
    }

    /** The actor with id {@code id}, charged as the line charges state access. */
    public Optional<ActorState> getActor(long id) {
        access.chargeRead(id);
        Optional<ActorState> actor = fatalOnStateError(() -> machine.stateTree().getActor(id));
        access.read(id);
        return actor;
    }

    /** Writes an actor, charged as the line charges state access. */
    public void setActor(long id, ActorState state) {
        access.chargeUpdate(id);
        fatalOnStateError(() -> {
            machine.stateTree().setActor(id, state);
            return null;
        });
        access.updated(id);
    }

    /** Deletes an actor; charged as {@link #setActor}. */
    public void deleteActor(long id) {
        access.chargeUpdate(id);
        fatalOnStateError(() -> {
            machine.stateTree().deleteActor(id);
            return null;
        });
        access.updated(id);
    }

    /**
     * Moves {@code value} from one actor to another: negative → IllegalArgument; missing sender or short balance →
     * InsufficientFunds; a self-transfer is a no-op after the balance check; missing receiver → NotFound.
     */
    public void transfer(long from, long to, TokenAmount value) {
        if (value.isNegative()) {
            throw new SyscallError(ErrorNumber.ILLEGAL_ARGUMENT, "attempted to transfer negative value " + value);
        }
        ActorState fromActor = getActor(from).orElseThrow(() -> new SyscallError(ErrorNumber.INSUFFICIENT_FUNDS,
                "cannot transfer from non-existent sender f0" + Long.toUnsignedString(from)));
        if (fromActor.balance().compareTo(value) < 0) {
            throw new SyscallError(ErrorNumber.INSUFFICIENT_FUNDS, "sender does not have funds to transfer (balance "
                    + fromActor.balance() + ", transfer " + value + ")");
        }
        if (from == to) {
            return;
        }
        ActorState toActor = getActor(to).orElseThrow(() -> new SyscallError(ErrorNumber.NOT_FOUND,
                "cannot transfer to non-existent receiver f0" + Long.toUnsignedString(to)));
        setActor(from, fromActor.withBalance(fromActor.balance().minus(value)));
        setActor(to, toActor.withBalance(toActor.balance().plus(value)));
    }

    /**
     * v3+ {@code create_actor}: creates actor {@code id} with {@code code} (placeholder code is forbidden), or turns
     * an existing placeholder with the same delegated address into it. (FVM v2's {@code create_actor} syscall has
     * different rules and belongs to the v2 kernel.)
     */
    public void createActor(Cid code, long id, Address delegatedAddress) {
        if (!rules.createsPlaceholders()) {
            throw new IllegalStateException(rules + " creates actors through its kernel's own rules");
        }
        if (code.equals(machine.builtinActors().codeOf("placeholder"))) {
            throw new SyscallError(ErrorNumber.FORBIDDEN, "cannot explicitly construct a placeholder actor");
        }
        Optional<ActorState> existing = getActor(id);
        ActorState actor;
        if (existing.isPresent()) {
            ActorState act = existing.get();
            if (!act.code().equals(machine.builtinActors().codeOf("placeholder"))) {
                throw new SyscallError(ErrorNumber.FORBIDDEN, "Actor address already exists");
            }
            if (act.delegatedAddress() == null) {
                throw new Fatal("placeholder " + id + " doesn't have a delegated address");
            }
            if (!act.delegatedAddress().equals(delegatedAddress)) {
                throw new SyscallError(ErrorNumber.FORBIDDEN, "placeholder has a different delegated address");
            }
            actor = new ActorState(code, act.state(), act.sequence(), act.balance(), act.delegatedAddress());
        } else {
            chargeGas(rules.createActorCharge(false));
            actor = ActorState.empty(code, delegatedAddress);
        }
        setActor(id, actor);
        numActorsCreated++;
    }

    private Cid builtinCode(String name) {
        Cid code = machine.builtinActors().codeOf(name);
        if (code == null) {
            throw new Fatal("the builtin-actors manifest has no \"" + name + "\" actor");
        }
        return code;
    }

    /** The BLS "zero" address: a 48-byte key 0xC0 followed by zeros, which no account may be created for. */
    static boolean isBlsZeroAddress(Address address) {
        if (address.protocol() != Address.BLS) {
            return false;
        }
        byte[] key = address.payload();
        if (key.length != Address.BLS_PUB_LEN || (key[0] & 0xFF) != 0xC0) {
            return false;
        }
        for (int i = 1; i < key.length; i++) {
            if (key[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static <T> T fatalOnStateError(Supplier<T> read) {
        try {
            return read.get();
        } catch (StateTreeException | IpldException e) {
            throw new Fatal("state tree: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ events (v3 and later)

    /**
     * Records an actor event ({@code StampedEvent} = {@code [emitter, entries]}); it is dropped if the call that
     * emitted it, or any caller, reverts.
     */
    public void appendEvent(long emitter, CborValue entries) {
        events.add(CborArray.of(CborInt.ofU64(emitter), entries));
    }

    /** The events kept so far, in emission order. */
    public List<CborValue> events() {
        return List.copyOf(events);
    }

    /**
     * The receipt's events root: the AMT (bit width 5) of the kept events, built on a throwaway store as ref-fvm
     * does (its blocks are not stored); null when there are none.
     */
    public Cid eventsRoot() {
        if (events.isEmpty()) {
            return null;
        }
        Amt amt = Amt.empty(new MemoryBlockstore(), Amt.EVENTS_BIT_WIDTH);
        for (int i = 0; i < events.size(); i++) {
            amt.set(i, events.get(i));
        }
        return amt.flush();
    }

    /** The receipt's gas: used gas, at least 0, rounded up. */
    public long gasUsed() {
        return gas.receiptGasUsed();
    }

    /** The recorded gas charges (empty unless the machine traces). */
    public List<GasCharge> gasTrace() {
        return gas.trace();
    }
}
