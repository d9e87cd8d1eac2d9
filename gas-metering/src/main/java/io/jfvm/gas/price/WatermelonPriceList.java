package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import java.util.Optional;

/**
 * WATERMELON, the price list of FVM v4 at nv21–24 ({@code fvm-v4-deltas.md} §7.1, ref-fvm {@code fvm@v4.8.2}): the
 * HYGGE schedule plus IPLD link prices (FIP-0071: every link a block brings into reach is tracked, every link a new
 * block carries is checked), randomness and tipset CIDs priced by lookback (FIP-0075), one {@code OnActorEvent}
 * charge (FIP-0072) and BLS aggregate verification (FIP-0079).
 */
public class WatermelonPriceList extends Fip0057PriceList {
    static final WatermelonPriceList INSTANCE = new WatermelonPriceList("WATERMELON");

    /** Adding a link to the reachable set. */
    private static final long LINK_TRACKED = of(300);
    /** Checking that a link of a new block is reachable. */
    private static final long LINK_CHECKED = of(300);
    private static final long SCAN_PER_FIELD = of(35);
    private static final long SCAN_PER_CID = of(400);
    /** Looking back one epoch: 5,800 gas per skip-list level × 19, a 15,000 base and the 21,000 extern call. */
    private static final ScalingCost LOOKBACK = ScalingCost.ofGas(5_800 * 19 + 15_000 + 21_000, 75);
    private static final ScalingCost EVENT_PER_ENTRY = ScalingCost.ofGas(2_000, 1_400);
    private static final ScalingCost UTF8_VALIDATION = ScalingCost.ofGas(500, 16);
    /** A stamped event's framing, and each entry's, in the event size estimate. */
    private static final long EVENT_OVERHEAD = 12;
    private static final long EVENT_ENTRY_OVERHEAD = 9;
    private static final long BLS_PAIRING = of(8_299_302);
    private static final ScalingCost BLS_HASHING = ScalingCost.ofGas(0, 7);

    WatermelonPriceList(String name) {
        super(name);
    }

    /** {@code OnMethodInvocation}: charged only when code runs, plus tracking the parameter block's links. */
    public GasCharge onMethodInvocation(long paramLinks) {
        return GasCharge.compute("OnMethodInvocation", Gas.add(SEND_INVOKE_METHOD, Gas.mul(LINK_TRACKED,
                paramLinks)));
    }

    /**
     * {@code on_method_return}: {@code OnChainReturnValue} at call depth 1; below it {@code OnReturnValue} for
     * tracking the returned block's links, recorded even when it is 0.
     */
    public Optional<GasCharge> onMethodReturn(int callDepth, long returnSize, long returnLinks) {
        if (callDepth == 1) {
            return Optional.of(onChainReturnValue(returnSize));
        }
        return Optional.of(GasCharge.compute("OnReturnValue", Gas.mul(LINK_TRACKED, returnLinks)));
    }

    /** {@code OnActorGetRoot}: tracking the state root. */
    public GasCharge onGetRoot() {
        return GasCharge.compute("OnActorGetRoot", LINK_TRACKED);
    }

    /** {@code OnActorSetRoot}: checking the new root is reachable. */
    public GasCharge onSetRoot() {
        return GasCharge.compute("OnActorSetRoot", LINK_CHECKED);
    }

    /**
     * {@code OnGetRandomness(lookback)}. The lookback is a u64: a future round (negative lookback) is a huge number,
     * the charge saturates and the actor runs out of gas ({@code fvm-v4-deltas.md} §5.1).
     */
    public GasCharge onGetRandomness(long lookback) {
        return GasCharge.other("OnGetRandomness", lookbackCost(lookback));
    }

    /** {@code OnTipsetCid(lookback)}, priced as randomness. */
    public GasCharge onTipsetCid(long lookback) {
        return GasCharge.other("OnTipsetCid", lookbackCost(lookback));
    }

    private static long lookbackCost(long lookback) {
        return lookback < 0 ? Long.MAX_VALUE : LOOKBACK.apply(lookback);
    }

    @Override
    public GasCharge onBlockOpenBase() {
        return new GasCharge("OnBlockOpenBase", LINK_CHECKED, BLOCK_OPEN);
    }

    /**
     * {@code OnBlockOpen(size, links)}: tracking the links, allocation and copy, topped up to the memory-retention
     * minimum.
     */
    public GasCharge onBlockOpen(long size, long links) {
        long compute = Gas.mul(LINK_TRACKED, links);
        long open = copyAndAllocate(size);
        return new GasCharge("OnBlockOpen", compute, Gas.add(open, retentionSurcharge(size, Gas.add(compute, open))));
    }

    /** {@code OnBlockCreate(size, links)}: copy, allocation and checking the links, topped up to the minimum. */
    public GasCharge onBlockCreate(long size, long links) {
        long compute = Gas.add(copyAndAllocate(size), Gas.mul(LINK_CHECKED, links));
        return new GasCharge("OnBlockCreate", compute, retentionSurcharge(size, compute));
    }

    /** {@code OnBlockLink}: as HYGGE's, plus tracking the new CID. */
    @Override
    public GasCharge onBlockLink(HashFunction hash, long size) {
        long initial = Gas.add(Gas.add(copyAndAllocate(size), onHashing(hash, size).totalMilligas()), LINK_TRACKED);
        return new GasCharge("OnBlockLink", initial, persistBlock(size));
    }

    /** {@code ipld_cbor_scan_per_field}: what the link scanner charges for each CBOR item, in milligas. */
    public long scanFieldMilligas() {
        return SCAN_PER_FIELD;
    }

    /** {@code ipld_cbor_scan_per_cid}: what the link scanner charges for each CID, in milligas. */
    public long scanCidMilligas() {
        return SCAN_PER_CID;
    }

    /** {@code OnScanIpldLinks} for a scan that visited {@code fields} CBOR items and {@code cids} CIDs. */
    public GasCharge onScanIpldLinks(long fields, long cids) {
        return GasCharge.compute("OnScanIpldLinks", Gas.add(Gas.mul(SCAN_PER_FIELD, fields),
                Gas.mul(SCAN_PER_CID, cids)));
    }

    /**
     * {@code OnActorEvent(entries, keySize, valueSize)}: validating the entries and the keys' UTF-8, then copying,
     * allocating and hashing the estimated size of the stamped event, in total
     * {@code 17.2·est + 2,500 + 1,400·entries + 16·keySize} with {@code est = 12 + 9·entries + keySize + valueSize}
     * ({@code fvm-v4-deltas.md} §7.3).
     */
    public GasCharge onActorEvent(long entries, long keySize, long valueSize) {
        long validateEntries = EVENT_PER_ENTRY.apply(entries);
        long validateUtf8 = UTF8_VALIDATION.apply(keySize);
        long estimated = Gas.add(Gas.add(Gas.add(EVENT_OVERHEAD, Gas.mul(EVENT_ENTRY_OVERHEAD, entries)), keySize),
                valueSize);
        long mem = copyAndAllocate(estimated);
        long hash = onHashing(HashFunction.BLAKE2B_256, estimated).totalMilligas();
        return new GasCharge("OnActorEvent", Gas.add(Gas.add(Gas.mul(mem, 2), validateEntries), validateUtf8),
                Gas.add(hash, mem));
    }

    /** {@code OnVerifyBlsAggregateSignature}: (n + 1) pairings plus hashing the plaintexts. */
    public GasCharge onVerifyBlsAggregateSignature(long signatures, long plaintextBytes) {
        long pairings = Gas.mul(BLS_PAIRING, Gas.add(signatures, 1));
        return GasCharge.compute("OnVerifyBlsAggregateSignature", Gas.add(pairings,
                BLS_HASHING.apply(plaintextBytes)));
    }
}
