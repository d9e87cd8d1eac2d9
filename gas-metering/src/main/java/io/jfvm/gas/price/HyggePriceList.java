package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import java.util.Optional;

/**
 * HYGGE, the price list of FVM v3 (nv18–20), at {@code fvm@v3.14.1}: randomness priced by the entropy the kernel
 * hashes, a flat historical tipset-CID price, events validated and accepted as two charges, and no link prices.
 */
public final class HyggePriceList extends Fip0057PriceList {
    static final HyggePriceList INSTANCE = new HyggePriceList();

    /** Bytes hashed before the entropy when drawing randomness: DST (8) + VRF digest (32) + round (8). */
    private static final long RANDOMNESS_PREFIX = 8 + 32 + 8;
    /** A stamped event adds the actor id and CBOR framing to the event's own encoding. */
    private static final long STAMP_EXTRA_SIZE = 12;
    private static final ScalingCost EVENT_VALIDATION = ScalingCost.ofGas(1_750, 25);

    private HyggePriceList() {
        super("HYGGE");
    }

    /** {@code OnMethodInvocation}: charged only when code runs. */
    public GasCharge onMethodInvocation() {
        return GasCharge.compute("OnMethodInvocation", SEND_INVOKE_METHOD);
    }

    /** {@code on_method_return}: {@code OnChainReturnValue} at call depth 1, nothing below it. */
    public Optional<GasCharge> onMethodReturn(int callDepth, long returnSize) {
        return callDepth == 1 ? Optional.of(onChainReturnValue(returnSize)) : Optional.empty();
    }

    /** {@code OnGetRandomness}: the seed price plus blake2b of DST, digest, round and entropy. */
    public GasCharge onGetRandomness(long entropyLen) {
        long hashed = Gas.add(entropyLen, RANDOMNESS_PREFIX);
        return GasCharge.other("OnGetRandomness", Gas.add(of(21_000),
                onHashing(HashFunction.BLAKE2B_256, hashed).totalMilligas()));
    }

    /** {@code OnTipsetCid}: the parent tipset (lookback 1) is cheaper than older ones. */
    public GasCharge onTipsetCid(long lookback) {
        return GasCharge.other("OnTipsetCid", lookback > 1 ? of(215_000) : of(50_000));
    }

    @Override
    public GasCharge onBlockOpenBase() {
        return GasCharge.other("OnBlockOpenBase", BLOCK_OPEN);
    }

    /** {@code OnBlockOpenPerByte(size)}: allocation and copy, topped up to the memory-retention minimum. */
    public GasCharge onBlockOpenPerByte(long size) {
        long compute = copyAndAllocate(size);
        return new GasCharge("OnBlockOpenPerByte", compute, retentionSurcharge(size, compute));
    }

    /** {@code OnBlockCreate(size)}: copy and allocation, topped up to the memory-retention minimum. */
    public GasCharge onBlockCreate(long size) {
        long compute = copyAndAllocate(size);
        return new GasCharge("OnBlockCreate", compute, retentionSurcharge(size, compute));
    }

    @Override
    public GasCharge onBlockLink(HashFunction hash, long size) {
        long initial = Gas.add(copyAndAllocate(size), onHashing(hash, size).totalMilligas());
        return new GasCharge("OnBlockLink", initial, persistBlock(size));
    }

    /** {@code OnActorEventValidate(len)}: copying, allocating and validating the encoded event. */
    public GasCharge onActorEventValidate(long len) {
        return GasCharge.compute("OnActorEventValidate", Gas.add(copyAndAllocate(len), EVENT_VALIDATION.apply(len)));
    }

    /**
     * {@code OnActorEventAccept}: {@code serializedLen} is the CBOR length of the event; indexing is free in HYGGE
     * (its per-element price is 0), so the indexed counts do not change the amount.
     */
    public GasCharge onActorEventAccept(long serializedLen) {
        long size = Gas.add(serializedLen, STAMP_EXTRA_SIZE);
        long memcpy = BLOCK_MEMCPY.apply(size);
        long alloc = BLOCK_ALLOCATE.apply(size);
        long hash = onHashing(HashFunction.BLAKE2B_256, size).totalMilligas();
        long other = Gas.add(Gas.add(Gas.mul(memcpy, 2), alloc), hash);
        return new GasCharge("OnActorEventAccept", Gas.add(memcpy, alloc), other);
    }
}
