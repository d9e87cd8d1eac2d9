package io.jfvm.runtime.version;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.FvmLine;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.StateTreeVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.state.Manifest;
import java.util.Optional;

/**
 * ref-fvm {@code release/v2} ({@code fvm@v2.12.1}; nv16-17, actors v8/v9, SKYR prices): only account actors
 * send; every parameters block is DAG-CBOR (the v2 block registry accepts nothing else); one
 * {@code OnMethodInvocation} per send before the transfer; no state-access charges; no sub-call gas limits;
 * the call depth check is {@code depth > max} before counting, so 1025 frames fit (NV15 behaviour, kept on
 * purpose upstream).
 */
public final class FvmV2Rules extends FvmRules {
    static final FvmV2Rules INSTANCE = new FvmV2Rules();

    private FvmV2Rules() {}

    @Override
    public FvmLine line() {
        return FvmLine.V2;
    }

    @Override
    public StateTreeVersion stateTreeVersion() {
        return StateTreeVersion.V4;
    }

    @Override
    public Optional<ActorState> validSender(ActorState sender, Manifest manifest) {
        return sender.code().equals(manifest.codeOf("account")) ? Optional.of(sender) : Optional.empty();
    }

    @Override
    public long messageParamsCodec(long method) {
        return Multicodec.DAG_CBOR;
    }

    @Override
    public long accountConstructorParamsCodec() {
        return Multicodec.DAG_CBOR;
    }

    @Override
    public boolean exceedsCallDepth(int depth, int maxDepth) {
        return depth > maxDepth;
    }

    @Override
    public boolean tracksStateAccess() {
        return false;
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
    public Optional<GasCharge> dispatchCharge(PriceList prices, TokenAmount value, long method) {
        return Optional.of(prices.onMethodInvocationSkyr(!value.isZero(), method));
    }

    @Override
    public Optional<GasCharge> invocationCharge(PriceList prices) {
        return Optional.empty();
    }

    @Override
    public boolean chargesReturnInCallManager() {
        return false;
    }

    @Override
    public boolean failuresCarryData() {
        return false;
    }

    @Override
    public boolean chargesAccountCreationBeforeZeroCheck() {
        return true;
    }
}
