package io.jfvm.runtime.version;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.FvmLine;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.StateTreeVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.state.Manifest;
import java.util.Optional;

/**
 * ref-fvm {@code release/v3} ({@code fvm@v3.14.1}; nv18-20, actors v10/v11, HYGGE prices): account, Ethereum
 * account and EAM placeholder senders; method-0 parameters are RAW, others CBOR; {@code OnValueTransfer} before a
 * transfer and {@code OnMethodInvocation} only when code runs; FIP-0055 state-access charges; sub-call gas
 * limits; depth check {@code depth >= max}.
 */
public final class FvmV3Rules extends FvmRules {
    static final FvmV3Rules INSTANCE = new FvmV3Rules();

    private FvmV3Rules() {}

    @Override
    public FvmLine line() {
        return FvmLine.V3;
    }

    @Override
    public StateTreeVersion stateTreeVersion() {
        return StateTreeVersion.V5;
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
    public long accountConstructorParamsCodec() {
        return Multicodec.CBOR;
    }

    @Override
    public boolean exceedsCallDepth(int depth, int maxDepth) {
        return depth >= maxDepth;
    }

    @Override
    public boolean tracksStateAccess() {
        return true;
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
    public Optional<GasCharge> dispatchCharge(PriceList prices, TokenAmount value, long method) {
        return value.isZero() ? Optional.empty() : Optional.of(prices.onValueTransfer());
    }

    @Override
    public Optional<GasCharge> invocationCharge(PriceList prices) {
        return Optional.of(prices.onMethodInvocation(0));
    }

    @Override
    public boolean chargesReturnInCallManager() {
        return true;
    }

    @Override
    public boolean failuresCarryData() {
        return true;
    }

    @Override
    public boolean chargesAccountCreationBeforeZeroCheck() {
        return false;
    }
}
