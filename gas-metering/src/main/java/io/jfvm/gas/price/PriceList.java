package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.instrument.CostRules;
import io.jfvm.gas.instrument.InstrumentVersion;
import java.util.ArrayList;
import java.util.Map;

/**
 * A price list: the prices and formulas of the FVM's named charges, as ref-fvm's {@code fvm/src/gas/price_list.rs}
 * defines them. This class holds the charges every line has; each line's list is a subclass that adds the charges only
 * it has and overrides what it prices differently, the way one gas calculator per fork overrides only its delta
 * ({@link SkyrPriceList} for FVM v2, {@link HyggePriceList} for v3, {@link WatermelonPriceList} and
 * {@link TeepPriceList} for v4). All amounts are milligas; every instance is immutable.
 */
public abstract class PriceList {
    // Registered seal proof codes used as keys of the aggregate tables (fvm_shared RegisteredSealProof).
    static final long SEAL_32GIB_V1P1 = 8;
    static final long SEAL_64GIB_V1P1 = 9;

    /** Aggregate-seal step tables (start count, gas), identical in every list that has them. */
    static final StepCost AGG_32GIB = steps(4, 103994170, 7, 112356810, 13, 122912610, 26, 137559930,
            52, 162039100, 103, 210960780, 205, 318351180, 410, 528274980);
    static final StepCost AGG_64GIB = steps(4, 102581240, 7, 110803030, 13, 120803700, 26, 134642130,
            52, 157357890, 103, 203017690, 205, 304253590, 410, 509880640);
    private static final Map<Long, Long> AGG_PER_PROOF = Map.of(SEAL_32GIB_V1P1, of(449_900),
            SEAL_64GIB_V1P1, of(359_272));
    private static final Map<Long, StepCost> AGG_STEPS = Map.of(SEAL_32GIB_V1P1, AGG_32GIB,
            SEAL_64GIB_V1P1, AGG_64GIB);
    /**
     * {@code verify_post_lookup}: every list prices every window PoSt type it lists the same, and a type it does not
     * list falls back to one it does, so the proof type never changes the price.
     */
    private static final ScalingCost VERIFY_POST = ScalingCost.ofGas(117_680_921, 43_780);

    private final String name;

    PriceList(String name) {
        this.name = name;
    }

    /** The list's name: SKYR, HYGGE, WATERMELON or TEEP. */
    public final String name() {
        return name;
    }

    /** The wasm instruction and memory prices. */
    public abstract WasmGasPrices wasm();

    /** The instruction costs the gas-metering pass injects ({@code impl Rules for WasmGasPrices}). */
    public abstract CostRules instructionCosts();

    /** The fvm-wasm-instrument release this list's line instruments code with. */
    public abstract InstrumentVersion instrumentVersion();

    // ------------------------------------------------------------------ messages

    /** {@code OnChainMessage(len)}: the inclusion cost of a message of {@code len} bytes. */
    public abstract GasCharge onChainMessage(long len);

    /** {@code OnSyscall}, charged on entry of every syscall. */
    public GasCharge onSyscall() {
        return GasCharge.compute("OnSyscall", wasm().hostCallCost());
    }

    /** {@code OnDeleteActor}. */
    public abstract GasCharge onDeleteActor();

    // ------------------------------------------------------------------ crypto and proofs

    /** {@code OnVerifySignature} for a plaintext of {@code plaintextLen} bytes. */
    public abstract GasCharge onVerifySignature(SignatureType type, long plaintextLen);

    public GasCharge onRecoverSecpPublicKey() {
        return GasCharge.compute("OnRecoverSecpPublicKey", of(1_637_292));
    }

    /** {@code OnHashing} of {@code dataLen} bytes. */
    public abstract GasCharge onHashing(HashFunction hash, long dataLen);

    public GasCharge onComputeUnsealedSectorCid() {
        return GasCharge.compute("OnComputeUnsealedSectorCid", of(98_647));
    }

    public GasCharge onVerifySeal() {
        return GasCharge.compute("OnVerifySeal", of(2_000));
    }

    /**
     * {@code OnVerifyAggregateSeals}: the per-proof price × n plus the step price for n. A seal proof type missing
     * from the tables is priced as 32GiB-V1P1.
     */
    public GasCharge onVerifyAggregateSeals(long sealProof, long count) {
        Map<Long, Long> perProof = aggregatePerProof();
        Map<Long, StepCost> steps = aggregateSteps();
        long per = perProof.getOrDefault(sealProof, perProof.get(SEAL_32GIB_V1P1));
        StepCost step = steps.getOrDefault(sealProof, steps.get(SEAL_32GIB_V1P1));
        return GasCharge.compute("OnVerifyAggregateSeals", Gas.add(Gas.mul(per, count), step.lookup(count)));
    }

    /** The per-proof aggregate prices by seal proof type. */
    Map<Long, Long> aggregatePerProof() {
        return AGG_PER_PROOF;
    }

    /** The aggregate step tables by seal proof type. */
    Map<Long, StepCost> aggregateSteps() {
        return AGG_STEPS;
    }

    public GasCharge onVerifyReplicaUpdate() {
        return GasCharge.compute("OnVerifyReplicaUpdate", of(36_316_136));
    }

    /** {@code OnVerifyPost} for {@code challengedSectors} challenged sectors. */
    public GasCharge onVerifyPost(long challengedSectors) {
        return GasCharge.compute("OnVerifyPost", VERIFY_POST.apply(challengedSectors));
    }

    public abstract GasCharge onVerifyConsensusFault();

    // ------------------------------------------------------------------ IPLD blocks

    public abstract GasCharge onBlockOpenBase();

    /** {@code OnBlockRead(n)}: n = the bytes actually copied. */
    public abstract GasCharge onBlockRead(long size);

    public abstract GasCharge onBlockStat();

    /** {@code OnBlockLink(hash, size)}: hashing, copying and persisting a block. */
    public abstract GasCharge onBlockLink(HashFunction hash, long size);

    // ------------------------------------------------------------------ helpers for subclasses

    static StepCost steps(long... startGasPairs) {
        var steps = new ArrayList<StepCost.Step>();
        for (int i = 0; i < startGasPairs.length; i += 2) {
            steps.add(new StepCost.Step(startGasPairs[i], of(startGasPairs[i + 1])));
        }
        return new StepCost(steps);
    }

    @Override
    public String toString() {
        return name;
    }
}
