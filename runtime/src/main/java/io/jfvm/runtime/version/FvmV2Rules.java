package io.jfvm.runtime.version;

import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.gas.price.SkyrPriceList;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Fatal;
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
import io.jfvm.runtime.kernel.KernelV2;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.SyscallAbi;
import io.jfvm.syscalls.SyscallAbiV2;
import java.util.Optional;

/**
 * ref-fvm {@code release/v2} ({@code fvm@v2.12.1}; nv16–17, actors v8/v9, SKYR prices): state tree V4, receipts
 * without events; only account actors send; every parameters block is DAG-CBOR (the v2 block registry accepts
 * nothing else); one {@code OnMethodInvocation} per send before the transfer; no state-access charges; no sub-call
 * gas limits; the call depth check is {@code depth > max} before counting, so 1025 frames fit (NV15 behaviour, kept
 * on purpose upstream); a successful top-level return is charged by the executor.
 */
public final class FvmV2Rules extends FvmRules {
    private static final SkyrPriceList PRICES = PriceLists.SKYR;

    FvmV2Rules(NetworkVersion networkVersion) {
        super(networkVersion);
    }

    @Override
    public SkyrPriceList priceList() {
        return PRICES;
    }

    @Override
    public StateTreeVersion stateTreeVersion() {
        return StateTreeVersion.V4;
    }

    @Override
    public SyscallAbi syscallAbi() {
        return SyscallAbiV2.INSTANCE;
    }

    @Override
    public CborValue encodeReceipt(Receipt receipt) {
        return receipt.toCborWithoutEvents();
    }

    @Override
    public Optional<ActorState> validSender(ActorState sender, Manifest manifest) {
        return sender.code().equals(manifest.codeOf("account")) ? Optional.of(sender) : Optional.empty();
    }

    @Override
    public long messageParamsCodec(long method) {
        return Multicodec.DAG_CBOR;
    }

    /** {@code OnChainReturnValue} for a successful top-level return. */
    @Override
    public Optional<GasCharge> messageReturnCharge(InvocationResult result) {
        if (!result.isSuccess()) {
            return Optional.empty();
        }
        return Optional.of(PRICES.onChainReturnValue(result.value() == null ? 0 : result.value().size()));
    }

    @Override
    public boolean failuresCarryData() {
        return false;
    }

    @Override
    public StateAccess newStateAccess(GasTracker gas) {
        return StateAccess.FREE;
    }

    @Override
    public boolean exceedsCallDepth(int depth, int maxDepth) {
        return depth > maxDepth;
    }

    @Override
    public boolean supportsSubCallGasLimits() {
        return false;
    }

    @Override
    public boolean createsPlaceholders() {
        return false;
    }

    @Override
    public long accountConstructorParamsCodec() {
        return Multicodec.DAG_CBOR;
    }

    @Override
    public boolean chargesAccountCreationBeforeZeroCheck() {
        return true;
    }

    /** SKYR has one {@code OnCreateActor}, whether or not an address is assigned. */
    @Override
    public GasCharge createActorCharge(boolean newAddress) {
        return PRICES.onCreateActor();
    }

    @Override
    public Optional<GasCharge> dispatchCharge(TokenAmount value, long method) {
        return Optional.of(PRICES.onMethodInvocation(!value.isZero(), method));
    }

    @Override
    public Optional<GasCharge> invocationCharge(BlockData params) {
        return Optional.empty();
    }

    @Override
    public Optional<GasCharge> returnCharge(int callDepth, BlockData value) {
        return Optional.empty();
    }

    /** v2 sets no memory limits of its own (wasmtime's on-demand allocator; jfvm's engine caps a memory at 2 GiB). */
    @Override
    public long maxCallStackMemory() {
        return Long.MAX_VALUE;
    }

    @Override
    public ResourceLimiter instanceLimits(CallStackMemory memory) {
        return ResourceLimiter.NONE;
    }

    @Override
    public boolean allowsBlockCodec(long codec) {
        return codec == Multicodec.DAG_CBOR;
    }

    @Override
    public Kernel newKernel(CallManager callManager, Invocation invocation, BlockRegistry blocks,
                            ProofPolicy proofs) {
        return new KernelV2(callManager, invocation, blocks, PRICES, proofs);
    }

    @Override
    public RuntimeException missingInvoke() {
        return new Fatal("actor has no invoke export of type (i32) -> i32");
    }

    /** v2 has no sub-call limits. */
    @Override
    public boolean keepsSubLimitAfterDepthFailure() {
        return false;
    }
}
