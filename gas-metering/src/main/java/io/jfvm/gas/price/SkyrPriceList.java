package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.instrument.CostRules;
import io.jfvm.gas.instrument.FlatGasRules;
import io.jfvm.gas.instrument.InstrumentVersion;

/**
 * SKYR, the price list of FVM v2 (nv16–17), at {@code fvm@v2.12.1}: storage gas is a count of bytes times the
 * storage multiplier, most host charges are flat, a send pays one {@code OnMethodInvocation} whatever happens next,
 * and deleting an actor refunds storage.
 */
public final class SkyrPriceList extends PriceList {
    static final SkyrPriceList INSTANCE = new SkyrPriceList();

    private static final long STORAGE_GAS_MULTIPLIER = 1300;
    /** The extern cost a v2 kernel pays for every call into the node (randomness, block reads, faults). */
    private static final long EXTERN_COST = of(21_000);
    /** The storage footprint of an actor entry in the state tree: 36 bytes of key plus 40 of value. */
    private static final long ACTOR_STORAGE_BYTES = 36 + 40;
    private static final long BLOCK_MEMCPY_PER_BYTE = 500;
    private static final long BLOCK_MEMRET_PER_BYTE = of(10);
    /** v2 has one instruction price; bulk memory and memory.grow are flat (MemoryGrowCost::Free). */
    private static final WasmGasPrices WASM = new WasmGasPrices(of(4), of(4), of(4), of(4), of(4), 0, 0, 0, 0, 0,
            of(14_000));
    private static final CostRules INSTRUCTIONS = new FlatGasRules("SKYR", WASM);

    private SkyrPriceList() {
        super("SKYR");
    }

    @Override
    public WasmGasPrices wasm() {
        return WASM;
    }

    @Override
    public CostRules instructionCosts() {
        return INSTRUCTIONS;
    }

    @Override
    public InstrumentVersion instrumentVersion() {
        return InstrumentVersion.V0_2_0;
    }

    private static long storage(long bytesGas) {
        return Gas.mul(bytesGas, STORAGE_GAS_MULTIPLIER);
    }

    @Override
    public GasCharge onChainMessage(long len) {
        return new GasCharge("OnChainMessage", of(38_863), storage(Gas.add(of(36), Gas.mul(of(1), len))));
    }

    /** {@code OnChainReturnValue(len)}: charged by the executor for a successful top-level return. */
    public GasCharge onChainReturnValue(long len) {
        return GasCharge.other("OnChainReturnValue", storage(Gas.mul(of(1), len)));
    }

    /**
     * {@code OnMethodInvocation(value, method)}: one charge per send, method 0 included, before the transfer;
     * {@code send_invoke_method} is negative in SKYR.
     */
    public GasCharge onMethodInvocation(boolean valueNonZero, long method) {
        long g = of(29_233);
        if (valueNonZero) {
            g = Gas.add(g, of(27_500));
            if (method == 0) {
                g = Gas.add(g, of(159_672));
            }
        }
        if (method != 0) {
            g = Gas.add(g, of(-5_377));
        }
        return GasCharge.compute("OnMethodInvocation", g);
    }

    /** {@code OnCreateActor}: compute plus the storage of a new actor entry. */
    public GasCharge onCreateActor() {
        return new GasCharge("OnCreateActor", of(1_108_454), storage(of(ACTOR_STORAGE_BYTES)));
    }

    /** {@code OnDeleteActor}: a storage refund, so a negative charge. */
    @Override
    public GasCharge onDeleteActor() {
        return GasCharge.other("OnDeleteActor", storage(of(-ACTOR_STORAGE_BYTES)));
    }

    @Override
    public GasCharge onVerifySignature(SignatureType type, long plaintextLen) {
        return GasCharge.compute("OnVerifySignature", type == SignatureType.BLS ? of(16_598_605) : of(1_637_292));
    }

    /** Flat for any hash function and length. */
    @Override
    public GasCharge onHashing(HashFunction hash, long dataLen) {
        return GasCharge.compute("OnHashing", of(31_355));
    }

    @Override
    public GasCharge onVerifyConsensusFault() {
        return GasCharge.compute("OnVerifyConsensusFault", Gas.add(EXTERN_COST, of(495_422)));
    }

    /** {@code OnGetRandomness}: the extern cost only (SKYR's base and per-byte prices are 0). */
    public GasCharge onGetRandomness(long entropyLen) {
        return GasCharge.compute("OnGetRandomness", EXTERN_COST);
    }

    @Override
    public GasCharge onBlockOpenBase() {
        return GasCharge.compute("OnBlockOpenBase", Gas.add(EXTERN_COST, of(114_617)));
    }

    /** {@code OnBlockOpenPerByte(size)}: memory retention and the copy. */
    public GasCharge onBlockOpenPerByte(long size) {
        return GasCharge.compute("OnBlockOpenPerByte", Gas.add(Gas.mul(BLOCK_MEMRET_PER_BYTE, size),
                Gas.mul(BLOCK_MEMCPY_PER_BYTE, size)));
    }

    @Override
    public GasCharge onBlockRead(long size) {
        return GasCharge.compute("OnBlockRead", Gas.mul(BLOCK_MEMCPY_PER_BYTE, size));
    }

    /** {@code OnBlockCreate(size)}: memory retention and the copy. */
    public GasCharge onBlockCreate(long size) {
        return GasCharge.compute("OnBlockCreate", Gas.add(Gas.mul(BLOCK_MEMRET_PER_BYTE, size),
                Gas.mul(BLOCK_MEMCPY_PER_BYTE, size)));
    }

    /** SKYR ignores the hash function: a base price, two copies and one gas of storage per byte. */
    @Override
    public GasCharge onBlockLink(HashFunction hash, long size) {
        long memcpy = Gas.mul(BLOCK_MEMCPY_PER_BYTE, size);
        return new GasCharge("OnBlockLink", Gas.add(of(353_640), Gas.mul(memcpy, 2)), storage(Gas.mul(of(1), size)));
    }

    @Override
    public GasCharge onBlockStat() {
        return GasCharge.compute("OnBlockStat", 0);
    }
}
