package io.jfvm.runtime.version;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.FvmLine;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.StateTreeVersion;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.state.Manifest;
import java.util.Optional;

/**
 * Everything the executor and call manager do differently per FVM line (DESIGN.md, "Network versions"): one
 * object per line, chosen by network version. The call manager and executor are written once and ask this object
 * at each point where ref-fvm's {@code release/v2} and {@code release/v3} branches differ
 * ({@code fvm-v2-v3-deltas.md} §3-§4).
 */
public abstract sealed class FvmRules permits FvmV2Rules, FvmV3Rules {
    FvmRules() {}

    /** The rules for {@code networkVersion}: v2 for nv16-17, v3 for nv18-20. */
    public static FvmRules forNetworkVersion(int networkVersion) {
        if (networkVersion == 16 || networkVersion == 17) {
            return FvmV2Rules.INSTANCE;
        }
        if (networkVersion >= 18 && networkVersion <= 20) {
            return FvmV3Rules.INSTANCE;
        }
        throw new IllegalArgumentException("network version " + networkVersion
                + " is not supported (jfvm runs nv16-17 with FVM v2 rules and nv18-20 with FVM v3 rules)");
    }

    public abstract FvmLine line();

    /** The state tree version this line reads and writes (V4 for v2, V5 for v3). */
    public abstract StateTreeVersion stateTreeVersion();

    /** The price list at {@code networkVersion}. */
    public PriceList priceList(int networkVersion) {
        return PriceLists.forNetworkVersion(networkVersion);
    }

    /**
     * Whether {@code sender} may send a message; if so, the actor state to keep for it (v3 promotes an EAM
     * placeholder to an Ethereum account), otherwise empty.
     */
    public abstract Optional<ActorState> validSender(ActorState sender, Manifest manifest);

    /** The codec of a message's (non-empty) parameters block. */
    public abstract long messageParamsCodec(long method);

    /** The codec of the account constructor's parameters when a send creates an account. */
    public abstract long accountConstructorParamsCodec();

    /** Whether a send at {@code depth} (before it is counted) exceeds {@code maxDepth}. */
    public abstract boolean exceedsCallDepth(int depth, int maxDepth);

    /** Whether actor lookups and updates are charged (FIP-0055 state-access tracking, v3 onwards). */
    public abstract boolean tracksStateAccess();

    /** Whether a send may carry its own gas limit (v3 onwards). */
    public abstract boolean supportsSubCallGasLimits();

    /** Whether sends to unknown f4 addresses in the EAM namespace create placeholder actors (v3 onwards). */
    public abstract boolean createsPlaceholders();

    /**
     * The charge made once the receiver is known, before any value transfer: v2's single
     * {@code OnMethodInvocation(value, method)}, or v3's {@code OnValueTransfer} when value moves.
     */
    public abstract Optional<GasCharge> dispatchCharge(PriceList prices, TokenAmount value, long method);

    /** The charge made just before actor code runs (v3's {@code OnMethodInvocation}; nothing in v2). */
    public abstract Optional<GasCharge> invocationCharge(PriceList prices);

    /**
     * Whether the call manager charges for returned data after each invocation (v3 {@code on_method_return}).
     * Otherwise the executor charges {@code OnChainReturnValue} for a successful top-level result (v2).
     */
    public abstract boolean chargesReturnInCallManager();

    /** Whether a failed send may carry return data (v3 {@code vm.exit} with a block). */
    public abstract boolean failuresCarryData();

    /**
     * Whether auto-creating an account charges {@code OnCreateActor} before rejecting the BLS zero address (v2) or
     * after (v3).
     */
    public abstract boolean chargesAccountCreationBeforeZeroCheck();

    @Override
    public String toString() {
        return "FVM " + line();
    }
}
