package io.jfvm.runtime.version;

import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.FvmLine;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.types.Receipt;
import io.jfvm.ipld.types.StateTreeVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.CallStackMemory;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.call.StateAccess;
import io.jfvm.runtime.kernel.BlockRegistry;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.SyscallAbi;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The FVM line a network version runs on, as one object (DESIGN.md, "Network versions"): everything that differs
 * between lines is decided here or by an object this one hands out — the price list, the syscall ABI (imports and gas
 * hand-off) with its instrumentation, the kernel, preflight's sender rules, the receipt format, and each point where
 * the call manager and executor differ. They are written once and ask this object; nothing else branches on a line.
 * One subclass per line, each overriding only its delta: {@link FvmV2Rules} (ref-fvm {@code release/v2}),
 * {@link FvmV3Rules} ({@code release/v3}) and {@link FvmV4Rules} ({@code fvm@v4.8.2}, over v3). One instance per
 * network version, so the price list is the version's.
 */
public abstract sealed class FvmRules permits FvmV2Rules, FvmV3Rules {
    private static final Map<NetworkVersion, FvmRules> BY_VERSION = new EnumMap<>(NetworkVersion.class);

    static {
        for (NetworkVersion nv : NetworkVersion.values()) {
            switch (nv.line()) {
                case V2 -> BY_VERSION.put(nv, new FvmV2Rules(nv));
                case V3 -> BY_VERSION.put(nv, new FvmV3Rules(nv));
                case V4 -> BY_VERSION.put(nv, new FvmV4Rules(nv));
            }
        }
    }

    private final NetworkVersion networkVersion;

    FvmRules(NetworkVersion networkVersion) {
        this.networkVersion = networkVersion;
    }

    /** The rules of {@code networkVersion}. */
    public static FvmRules of(NetworkVersion networkVersion) {
        return BY_VERSION.get(networkVersion);
    }

    /**
     * The rules of network version {@code number}.
     *
     * @throws io.jfvm.ipld.types.UnsupportedNetworkVersionException naming the number and the supported range
     */
    public static FvmRules forNetworkVersion(long number) {
        return of(NetworkVersion.of(number));
    }

    public final NetworkVersion networkVersion() {
        return networkVersion;
    }

    public final FvmLine line() {
        return networkVersion.line();
    }

    /** The network version's price list. */
    public abstract PriceList priceList();

    /** The state tree version this line reads and writes. */
    public abstract StateTreeVersion stateTreeVersion();

    /** The syscalls this line links and how it hands gas to and from wasm. */
    public abstract SyscallAbi syscallAbi();

    /** The receipt in this line's encoding. */
    public abstract CborValue encodeReceipt(Receipt receipt);

    // ------------------------------------------------------------------ preflight and messages

    /**
     * Whether {@code sender} may send a message; if so, the actor state to keep for it (v3 promotes an EAM
     * placeholder to an Ethereum account), otherwise empty.
     */
    public abstract Optional<ActorState> validSender(ActorState sender, Manifest manifest);

    /** The codec of a message's (non-empty) parameters block. */
    public abstract long messageParamsCodec(long method);

    /**
     * The charge the executor makes inside the message's transaction once the top-level send returned (v2's
     * {@code OnChainReturnValue}); empty where the call manager charges for returns ({@link #returnCharge}).
     */
    public abstract Optional<GasCharge> messageReturnCharge(InvocationResult result);

    /** Whether a failed message's receipt may carry return data (v3 {@code vm.exit} with a block). */
    public abstract boolean failuresCarryData();

    // ------------------------------------------------------------------ the call manager

    /** How state access is charged during one message whose gas is {@code gas}. */
    public abstract StateAccess newStateAccess(GasTracker gas);

    /** Whether a send at {@code depth} (before it is counted) exceeds {@code maxDepth}. */
    public abstract boolean exceedsCallDepth(int depth, int maxDepth);

    /**
     * Whether a send that fails the call-depth check leaves its sub-call gas limit pushed (ref-fvm v3 checks the depth
     * after pushing the limit and returns without popping it; v4 pops it).
     */
    public abstract boolean keepsSubLimitAfterDepthFailure();

    /** Whether a send may carry its own gas limit (v3 onwards). */
    public abstract boolean supportsSubCallGasLimits();

    /** Whether sends to unknown f4 addresses in the EAM namespace create placeholder actors (v3 onwards). */
    public abstract boolean createsPlaceholders();

    /** The codec of the account constructor's parameters when a send creates an account. */
    public abstract long accountConstructorParamsCodec();

    /**
     * Whether auto-creating an account charges {@code OnCreateActor} before rejecting the BLS zero address (v2) or
     * after (v3).
     */
    public abstract boolean chargesAccountCreationBeforeZeroCheck();

    /** {@code OnCreateActor}, for an actor that gets a new address or (v3 {@code create_actor}) already has one. */
    public abstract GasCharge createActorCharge(boolean newAddress);

    /**
     * The charge made once the receiver is known, before any value transfer: v2's single
     * {@code OnMethodInvocation(value, method)}, or v3's {@code OnValueTransfer} when value moves.
     */
    public abstract Optional<GasCharge> dispatchCharge(TokenAmount value, long method);

    /** The charge made just before actor code runs with {@code params} (v3's {@code OnMethodInvocation}). */
    public abstract Optional<GasCharge> invocationCharge(BlockData params);

    /** The charge for a block returned by an invocation at {@code callDepth} (v3 {@code on_method_return}). */
    public abstract Optional<GasCharge> returnCharge(int callDepth, BlockData value);

    // ------------------------------------------------------------------ kernels

    /** The most the instances of one message's call stack may allocate together. */
    public abstract long maxCallStackMemory();

    /** The limits of one instance, counted against its call stack's {@code memory}. */
    public abstract ResourceLimiter instanceLimits(CallStackMemory memory);

    /** Whether blocks of {@code codec} may enter an invocation's block registry. */
    public abstract boolean allowsBlockCodec(long codec);

    /**
     * How an invocation ends when the code exports no {@code invoke} function: Fatal in v2 and v3, exit 5
     * (SYS_INVALID_RECEIVER) from v4 ({@code fvm-v4-deltas.md} §8.3).
     */
    public abstract RuntimeException missingInvoke();

    /** The kernel of one invocation, with this line's crypto over {@code proofs}. */
    public abstract Kernel newKernel(CallManager callManager, Invocation invocation, BlockRegistry blocks,
                                     ProofPolicy proofs);

    @Override
    public String toString() {
        return line() + " at " + networkVersion;
    }
}
