package io.jfvm.runtime.version;

import io.jfvm.compiler.rt.ResourceLimiter;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.Fip0057PriceList;
import io.jfvm.gas.price.HyggePriceList;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
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
import io.jfvm.runtime.call.TrackedStateAccess;
import io.jfvm.runtime.kernel.BlockRegistry;
import io.jfvm.runtime.kernel.InstanceLimits;
import io.jfvm.runtime.kernel.KernelV3;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.runtime.state.Manifest;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.SyscallAbi;
import io.jfvm.syscalls.SyscallAbiV3;
import java.util.Optional;

/**
 * ref-fvm {@code release/v3} ({@code fvm@v3.14.1}; nv18–20, actors v10/v11, HYGGE prices): state tree V5, receipts
 * with an events root; account, Ethereum account and EAM placeholder senders; method-0 parameters are RAW, others
 * CBOR; {@code OnValueTransfer} before a transfer and {@code OnMethodInvocation} only when code runs; FIP-0055
 * state-access charges; sub-call gas limits; depth check {@code depth >= max}; returns charged by the call manager.
 */
public sealed class FvmV3Rules extends FvmRules permits FvmV4Rules {
    private static final HyggePriceList HYGGE = PriceLists.HYGGE;

    /** The price list of the network version: HYGGE here, a later list of the same schedule in FvmV4Rules. */
    private final Fip0057PriceList prices;

    FvmV3Rules(NetworkVersion networkVersion) {
        this(networkVersion, HYGGE);
    }

    FvmV3Rules(NetworkVersion networkVersion, Fip0057PriceList prices) {
        super(networkVersion);
        this.prices = prices;
    }

    @Override
    public Fip0057PriceList priceList() {
        return prices;
    }

    @Override
    public StateTreeVersion stateTreeVersion() {
        return StateTreeVersion.V5;
    }

    @Override
    public SyscallAbi syscallAbi() {
        return SyscallAbiV3.INSTANCE;
    }

    @Override
    public CborValue encodeReceipt(Receipt receipt) {
        return receipt.toCbor();
    }

    @Override
    public Optional<ActorState> validSender(ActorState sender, Manifest manifest) {
        if (sender.code().equals(manifest.codeOf("account")) || sender.code().equals(manifest.codeOf("ethaccount"))) {
            return Optional.of(sender);
        }
        Address delegated = sender.delegatedAddress();
        boolean eamPlaceholder = sender.code().equals(manifest.codeOf("placeholder")) && sender.sequence() == 0
                && delegated != null && delegated.protocol() == Address.DELEGATED
                && delegated.namespace() == Address.EAM_NAMESPACE;
        if (eamPlaceholder) {
            // A placeholder holding an Ethereum address becomes an Ethereum account on its first message.
            return Optional.of(new ActorState(manifest.codeOf("ethaccount"), sender.state(), sender.sequence(),
                    sender.balance(), delegated));
        }
        return Optional.empty();
    }

    @Override
    public long messageParamsCodec(long method) {
        // Method 0 parameters are arbitrary bytes; others are CBOR (not DAG-CBOR: off-chain links are unreachable).
        return method == 0 ? Multicodec.RAW : Multicodec.CBOR;
    }

    @Override
    public Optional<GasCharge> messageReturnCharge(InvocationResult result) {
        return Optional.empty();
    }

    @Override
    public boolean failuresCarryData() {
        return true;
    }

    @Override
    public StateAccess newStateAccess(GasTracker gas) {
        return new TrackedStateAccess(prices, gas);
    }

    @Override
    public boolean exceedsCallDepth(int depth, int maxDepth) {
        return depth >= maxDepth;
    }

    @Override
    public boolean supportsSubCallGasLimits() {
        return true;
    }

    @Override
    public boolean createsPlaceholders() {
        return true;
    }

    @Override
    public long accountConstructorParamsCodec() {
        return Multicodec.CBOR;
    }

    @Override
    public boolean chargesAccountCreationBeforeZeroCheck() {
        return false;
    }

    @Override
    public GasCharge createActorCharge(boolean newAddress) {
        return prices.onCreateActor(newAddress);
    }

    @Override
    public Optional<GasCharge> dispatchCharge(TokenAmount value, long method) {
        return value.isZero() ? Optional.empty() : Optional.of(prices.onValueTransfer());
    }

    @Override
    public Optional<GasCharge> invocationCharge(BlockData params) {
        return Optional.of(HYGGE.onMethodInvocation());
    }

    @Override
    public Optional<GasCharge> returnCharge(int callDepth, BlockData value) {
        return HYGGE.onMethodReturn(callDepth, value.size());
    }

    @Override
    public long maxCallStackMemory() {
        return InstanceLimits.MAX_CALL_STACK_MEMORY;
    }

    @Override
    public ResourceLimiter instanceLimits(CallStackMemory memory) {
        return new InstanceLimits(memory);
    }

    @Override
    public boolean allowsBlockCodec(long codec) {
        return codec == Multicodec.DAG_CBOR || codec == Multicodec.CBOR || codec == Multicodec.RAW;
    }

    @Override
    public Kernel newKernel(CallManager callManager, Invocation invocation, BlockRegistry blocks,
                            ProofPolicy proofs) {
        return new KernelV3(callManager, invocation, blocks, HYGGE, proofs);
    }

    @Override
    public RuntimeException missingInvoke() {
        return new Fatal("actor has no invoke export of type (i32) -> i32");
    }

    @Override
    public boolean keepsSubLimitAfterDepthFailure() {
        return true;
    }
}
