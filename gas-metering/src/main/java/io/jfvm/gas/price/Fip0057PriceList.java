package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.instrument.CostRules;
import io.jfvm.gas.instrument.FvmGasRules;
import io.jfvm.gas.instrument.InstrumentVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gas schedule of FIP-0057 (HYGGE, nv18) that FVM v3 and v4 share: charges split into compute and storage with
 * per-byte memory prices, explicit state-access prices (FIP-0055: actor lookups and updates, address resolution),
 * per-byte signature and hashing prices, and the wasm memory prices charged at instantiation and growth. What v3 and
 * v4 price differently is in {@link HyggePriceList} and {@link WatermelonPriceList}.
 */
public abstract class Fip0057PriceList extends PriceList {
    /** Gas charged per byte of storage. */
    static final long STORAGE_GAS_MULTIPLIER = 1300;
    static final long ACTOR_LOOKUP = of(500_000);
    static final long ACTOR_UPDATE = of(475_000);
    static final long ACTOR_CREATE_STORAGE = of(650_000);
    static final long ADDRESS_LOOKUP = of(1_050_000);
    static final long ADDRESS_ASSIGNMENT = of(1_000_000);
    static final long SEND_TRANSFER_FUNDS = of(6_000);
    static final long SEND_INVOKE_METHOD = of(75_000);
    static final ScalingCost BLOCK_ALLOCATE = ScalingCost.ofGas(0, 2);
    static final ScalingCost BLOCK_MEMCPY = new ScalingCost(0, 400);
    /** Every block kept in memory costs at least this much per byte, whatever its parts add up to. */
    static final ScalingCost BLOCK_MEMORY_RETENTION_MINIMUM = ScalingCost.ofGas(0, 10);
    /** The per-byte read price (3.2 milligas) is disabled upstream: memory retention covers it. */
    static final long BLOCK_OPEN = of(187_440);
    static final ScalingCost BLOCK_PERSIST_STORAGE = ScalingCost.ofGas(334_000, 3_340);
    static final long BLOCK_PERSIST_COMPUTE = of(172_000);
    private static final Map<SignatureType, ScalingCost> SIGNATURES = Map.of(
            SignatureType.SECP256K1, ScalingCost.ofGas(1_637_292, 10),
            SignatureType.BLS, ScalingCost.ofGas(16_598_605, 26));
    private static final Map<HashFunction, ScalingCost> HASHING = hashing();
    private static final WasmGasPrices WASM = new WasmGasPrices(of(4), of(4), of(4), of(4), of(4), 0, 0, 400, 0,
            400, of(14_000));
    /** One set of instruction rules for every list of the family, so v3 and v4 compile a module identically. */
    private static final CostRules INSTRUCTIONS = new FvmGasRules(WASM);
    /** Actors whose state access the message's inclusion cost prepays. */
    private static final List<Long> PRELOADED_ACTORS = List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 10L, 99L);

    Fip0057PriceList(String name) {
        super(name);
    }

    private static Map<HashFunction, ScalingCost> hashing() {
        Map<HashFunction, ScalingCost> m = new EnumMap<>(HashFunction.class);
        m.put(HashFunction.SHA2_256, ScalingCost.ofGas(0, 7));
        m.put(HashFunction.BLAKE2B_256, ScalingCost.ofGas(0, 10));
        m.put(HashFunction.BLAKE2B_512, ScalingCost.ofGas(0, 10));
        m.put(HashFunction.KECCAK_256, ScalingCost.ofGas(0, 33));
        m.put(HashFunction.RIPEMD_160, ScalingCost.ofGas(0, 35));
        return m;
    }

    @Override
    public final WasmGasPrices wasm() {
        return WASM;
    }

    @Override
    public final CostRules instructionCosts() {
        return INSTRUCTIONS;
    }

    @Override
    public final InstrumentVersion instrumentVersion() {
        return InstrumentVersion.V0_4_0;
    }

    /** Actor ids whose state access is prepaid (FIP-0055). */
    public final List<Long> preloadedActors() {
        return PRELOADED_ACTORS;
    }

    /** Memory copy plus allocation of {@code size} bytes. */
    static long copyAndAllocate(long size) {
        return Gas.add(BLOCK_MEMCPY.apply(size), BLOCK_ALLOCATE.apply(size));
    }

    /** What {@code charged} lacks of the memory-retention minimum for {@code size} bytes (0 if nothing). */
    static long retentionSurcharge(long size, long charged) {
        return Math.max(0, Gas.sub(BLOCK_MEMORY_RETENTION_MINIMUM.apply(size), charged));
    }

    // ------------------------------------------------------------------ messages, sends, actors

    /** The inclusion cost: an actor update for the sender plus 1,300 gas per byte of message (and 36 of key). */
    @Override
    public final GasCharge onChainMessage(long len) {
        long storage = Gas.add(of(36 * STORAGE_GAS_MULTIPLIER), Gas.mul(of(STORAGE_GAS_MULTIPLIER), len));
        return new GasCharge("OnChainMessage", of(38_863), Gas.add(ACTOR_UPDATE, storage));
    }

    /** {@code OnChainReturnValue}: the storage of a top-level return value. */
    final GasCharge onChainReturnValue(long size) {
        return new GasCharge("OnChainReturnValue", 0, Gas.mul(of(STORAGE_GAS_MULTIPLIER), size));
    }

    public final GasCharge onValueTransfer() {
        return GasCharge.compute("OnValueTransfer", SEND_TRANSFER_FUNDS);
    }

    /** {@code OnCreateActor}; assigning a new address adds its assignment and a lookup. */
    public final GasCharge onCreateActor(boolean newAddress) {
        long g = ACTOR_CREATE_STORAGE;
        if (newAddress) {
            g = Gas.add(g, Gas.add(ADDRESS_ASSIGNMENT, ADDRESS_LOOKUP));
        }
        return GasCharge.other("OnCreateActor", g);
    }

    @Override
    public final GasCharge onDeleteActor() {
        return GasCharge.other("OnDeleteActor", 0);
    }

    public final GasCharge onActorLookup() {
        return GasCharge.other("OnActorLookup", ACTOR_LOOKUP);
    }

    public final GasCharge onActorUpdate() {
        return GasCharge.other("OnActorUpdate", ACTOR_UPDATE);
    }

    public final GasCharge onSelfBalance() {
        return GasCharge.other("OnSelfBalance", 0);
    }

    public final GasCharge onBalanceOf() {
        return GasCharge.other("OnBalanceOf", 0);
    }

    public final GasCharge onResolveAddress() {
        return GasCharge.other("OnResolveAddress", 0);
    }

    public final GasCharge onLookupDelegatedAddress() {
        return GasCharge.other("OnLookupAddress", 0);
    }

    public final GasCharge onGetActorCodeCid() {
        return GasCharge.other("OnGetActorCodeCid", 0);
    }

    /** The manifest lookup is free. */
    public final GasCharge onGetBuiltinActorType() {
        return GasCharge.compute("OnGetBuiltinActorType", 0);
    }

    public final GasCharge onGetCodeCidForType() {
        return GasCharge.compute("OnGetCodeCidForType", 0);
    }

    public final GasCharge onNetworkContext() {
        return GasCharge.compute("OnNetworkContext", 0);
    }

    public final GasCharge onMessageContext() {
        return GasCharge.compute("OnMessageContext", 0);
    }

    // ------------------------------------------------------------------ crypto

    /** A flat price plus a price per plaintext byte. */
    @Override
    public final GasCharge onVerifySignature(SignatureType type, long plaintextLen) {
        return GasCharge.compute("OnVerifySignature", SIGNATURES.get(type).apply(plaintextLen));
    }

    /** A price per byte hashed, by hash function. */
    @Override
    public final GasCharge onHashing(HashFunction hash, long dataLen) {
        return GasCharge.compute("OnHashing", HASHING.get(hash).apply(dataLen));
    }

    /** Other gas, not compute: the check reads the chain. */
    @Override
    public final GasCharge onVerifyConsensusFault() {
        return GasCharge.other("OnVerifyConsensusFault", of(516_422));
    }

    // ------------------------------------------------------------------ blocks

    @Override
    public final GasCharge onBlockRead(long size) {
        return GasCharge.compute("OnBlockRead", BLOCK_MEMCPY.apply(size));
    }

    @Override
    public final GasCharge onBlockStat() {
        return GasCharge.compute("OnBlockStat", 0);
    }

    /** The persistence part of {@code OnBlockLink}: storing the block. */
    static long persistBlock(long size) {
        return Gas.add(BLOCK_PERSIST_COMPUTE, BLOCK_PERSIST_STORAGE.apply(size));
    }
}
