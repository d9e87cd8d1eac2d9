package io.jfvm.runtime.version;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.gas.price.WatermelonPriceList;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.kernel.BlockRegistry;
import io.jfvm.runtime.kernel.KernelV4;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.syscalls.ActorExit;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.SyscallAbi;
import io.jfvm.syscalls.SyscallAbiV4;
import io.jfvm.ipld.types.ExitCode;
import java.util.Optional;

/**
 * ref-fvm {@code fvm@v4.8.2} (nv21–28, actors v12–v18; {@code fvm-v4-deltas.md}): v3's rules with the v4 ABI and
 * kernel, a price list chosen by network version (WATERMELON for nv21–24, TEEP for nv25–28, the only thing that
 * depends on the version within v4), links priced when parameters and returns cross calls, blocks' codecs checked
 * where blocks are created rather than in the registry, a missing {@code invoke} export ending the call with exit 5,
 * and a send that fails the depth check popping its sub-call limit.
 */
public final class FvmV4Rules extends FvmV3Rules {
    private final WatermelonPriceList prices;

    FvmV4Rules(NetworkVersion networkVersion) {
        this(networkVersion, networkVersion.atLeast(NetworkVersion.NV25) ? PriceLists.TEEP : PriceLists.WATERMELON);
    }

    private FvmV4Rules(NetworkVersion networkVersion, WatermelonPriceList prices) {
        super(networkVersion, prices);
        this.prices = prices;
    }

    @Override
    public WatermelonPriceList priceList() {
        return prices;
    }

    @Override
    public SyscallAbi syscallAbi() {
        return SyscallAbiV4.INSTANCE;
    }

    @Override
    public boolean keepsSubLimitAfterDepthFailure() {
        return false;
    }

    /** {@code OnMethodInvocation} with the parameters' links, which become reachable to the callee. */
    @Override
    public Optional<GasCharge> invocationCharge(BlockData params) {
        return Optional.of(prices.onMethodInvocation(params == null ? 0 : params.links().size()));
    }

    @Override
    public Optional<GasCharge> returnCharge(int callDepth, BlockData value) {
        return prices.onMethodReturn(callDepth, value.size(), value.links().size());
    }

    /** The v4 registry does not check codecs: blocks are checked where they are created or opened. */
    @Override
    public boolean allowsBlockCodec(long codec) {
        return true;
    }

    @Override
    public RuntimeException missingInvoke() {
        return new ActorExit(ExitCode.SYS_INVALID_RECEIVER, "actor has no invoke export", 0);
    }

    @Override
    public Kernel newKernel(CallManager callManager, Invocation invocation, BlockRegistry blocks,
                            ProofPolicy proofs) {
        return new KernelV4(callManager, invocation, blocks, prices, proofs);
    }
}
