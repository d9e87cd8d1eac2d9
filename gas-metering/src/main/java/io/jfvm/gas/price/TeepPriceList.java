package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import io.jfvm.gas.GasCharge;
import java.util.Map;

/**
 * TEEP, the price list of FVM v4 at nv25–28 ({@code fvm-v4-deltas.md} §7.2): WATERMELON with the seal prices of
 * FIP-0092, a real {@code verify_seal} base (charged per seal in {@code batch_verify_seals}) and NI-PoRep aggregate
 * prices, which WATERMELON priced as interactive 32GiB seals.
 */
public final class TeepPriceList extends WatermelonPriceList {
    static final TeepPriceList INSTANCE = new TeepPriceList();

    private static final long SEAL_32GIB_V1P2_NIPOREP = 18;
    private static final long SEAL_64GIB_V1P2_NIPOREP = 19;
    private static final StepCost NIPOREP_32GIB = steps(1, 112356810, 2, 122912610, 3, 137559930, 5, 162039100,
            9, 210960780, 17, 318351180, 33, 528274980);
    private static final StepCost NIPOREP_64GIB = steps(1, 110803030, 2, 120803700, 3, 134642130, 5, 157357890,
            9, 203017690, 17, 304253590, 33, 509880640);
    /** FIP-0092 prices each NI-PoRep proof of an aggregate at 126 times a tenth of the interactive price. */
    private static final Map<Long, Long> PER_PROOF = Map.of(
            SEAL_32GIB_V1P1, of(449_900),
            SEAL_64GIB_V1P1, of(359_272),
            SEAL_32GIB_V1P2_NIPOREP, of(44_990 * 126),
            SEAL_64GIB_V1P2_NIPOREP, of(35_928 * 126));
    private static final Map<Long, StepCost> STEPS = Map.of(
            SEAL_32GIB_V1P1, AGG_32GIB,
            SEAL_64GIB_V1P1, AGG_64GIB,
            SEAL_32GIB_V1P2_NIPOREP, NIPOREP_32GIB,
            SEAL_64GIB_V1P2_NIPOREP, NIPOREP_64GIB);

    private TeepPriceList() {
        super("TEEP");
    }

    @Override
    public GasCharge onVerifySeal() {
        return GasCharge.compute("OnVerifySeal", of(42_000_000));
    }

    @Override
    Map<Long, Long> aggregatePerProof() {
        return PER_PROOF;
    }

    @Override
    Map<Long, StepCost> aggregateSteps() {
        return STEPS;
    }
}
