package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;

import java.util.List;
import java.util.Map;

/**
 * The FVM's price lists and their selection by network version, transcribed from ref-fvm's
 * {@code fvm/src/gas/price_list.rs}: SKYR at {@code fvm@v2.12.1} (nv16–17), HYGGE at {@code fvm@v3.14.1}
 * (nv18–20), WATERMELON (nv21–24) and TEEP (nv25–28) at ref-fvm v4.
 */
public final class PriceLists {
    private PriceLists() {}


    /**
     * The price list the FVM uses at {@code networkVersion}. FVM v2 used SKYR for nv16 and nv17 (nv15 used
     * OH_SNAP, which jfvm does not implement); anything outside nv16–28 is rejected.
     */
    public static PriceList forNetworkVersion(int networkVersion) {
        if (networkVersion == 16 || networkVersion == 17) {
            return SKYR;
        }
        if (networkVersion >= 18 && networkVersion <= 20) {
            return HYGGE;
        }
        if (networkVersion >= 21 && networkVersion <= 24) {
            return WATERMELON;
        }
        if (networkVersion >= 25 && networkVersion <= 28) {
            return TEEP;
        }
        throw new UnsupportedNetworkVersionException(networkVersion);
    }

    // Aggregate-seal step tables, identical in every list that has them (starts, gas).
    private static StepCost steps(long... startGasPairs) {
        var steps = new java.util.ArrayList<StepCost.Step>();
        for (int i = 0; i < startGasPairs.length; i += 2) {
            steps.add(new StepCost.Step(startGasPairs[i], of(startGasPairs[i + 1])));
        }
        return new StepCost(steps);
    }

    private static final StepCost AGG_32GIB = steps(4, 103994170, 7, 112356810, 13, 122912610, 26, 137559930,
            52, 162039100, 103, 210960780, 205, 318351180, 410, 528274980);
    private static final StepCost AGG_64GIB = steps(4, 102581240, 7, 110803030, 13, 120803700, 26, 134642130,
            52, 157357890, 103, 203017690, 205, 304253590, 410, 509880640);
    private static final StepCost NIPOREP_32GIB = steps(1, 112356810, 2, 122912610, 3, 137559930, 5, 162039100,
            9, 210960780, 17, 318351180, 33, 528274980);
    private static final StepCost NIPOREP_64GIB = steps(1, 110803030, 2, 120803700, 3, 134642130, 5, 157357890,
            9, 203017690, 17, 304253590, 33, 509880640);

    private static final ScalingCost POST = ScalingCost.ofGas(117680921, 43780);

    // Declared after the tables above: static initialisers run in textual order.
    public static final PriceList SKYR = skyr();
    public static final PriceList HYGGE = hygge();
    public static final PriceList WATERMELON = watermelon();
    public static final PriceList TEEP = teep();

    private static PriceList skyr() {
        PriceList p = new PriceList("SKYR", FvmLine.V2);
        p.storageGasMultiplier = 1300;
        p.onChainMessageCompute = of(38863);
        p.onChainMessageStorage = ScalingCost.ofGas(36, 1); // times the storage multiplier
        p.onChainReturnStorage = ScalingCost.ofGas(0, 1); // times the storage multiplier
        p.sendBase = of(29233);
        p.sendTransferFunds = of(27500);
        p.sendTransferOnlyPremium = of(159672);
        p.sendInvokeMethod = of(-5377);
        p.createActorCompute = of(1108454);
        p.createActorStorage = of(36 + 40);
        p.deleteActor = of(-(36 + 40));
        p.flatSigCost = PriceList.enumMap(SignatureType.class,
                Map.of(SignatureType.BLS, of(16598605), SignatureType.SECP256K1, of(1637292)));
        p.secp256k1RecoverCost = of(1637292);
        p.hashingBase = of(31355);
        p.computeUnsealedSectorCidBase = of(98647);
        p.verifySealBase = of(2000);
        p.verifyAggregateSealPer = PriceList.sorted(Map.of(PriceList.SEAL_32GIB_V1P1, of(449900),
                PriceList.SEAL_64GIB_V1P1, of(359272)));
        p.verifyAggregateSealSteps = PriceList.sorted(Map.of(PriceList.SEAL_32GIB_V1P1, AGG_32GIB,
                PriceList.SEAL_64GIB_V1P1, AGG_64GIB));
        p.verifyConsensusFault = of(495422);
        p.verifyReplicaUpdate = of(36316136);
        // Window PoSt V1: 2KiB 5, 8MiB 6, 512MiB 7, 32GiB 8, 64GiB 9; SKYR lists 512MiB, 32GiB and 64GiB.
        p.verifyPostLookup = PriceList.sorted(Map.of(7L, POST, 8L, POST, 9L, POST));
        p.getRandomnessBase = 0;
        p.getRandomnessPerByte = 0;
        p.blockMemcpyPerByte = 500; // 0.5 gas
        p.blockOpenBase = of(114617);
        p.blockOpenMemretPerByte = of(10);
        p.blockLinkBase = of(353640);
        p.blockLinkStoragePerByte = of(1);
        p.blockCreateBase = 0;
        p.blockCreateMemretPerByte = of(10);
        p.blockReadBase = 0;
        p.blockStatBase = 0;
        p.syscallCost = of(14000);
        p.externCost = of(21000);
        // v2 has one instruction price; bulk memory and memory.grow are flat (MemoryGrowCost::Free).
        p.wasm = new WasmGasPrices(of(4), of(4), of(4), of(4), of(4), 0, 0, 0, 0, 0, of(14000));
        return p;
    }

    /** The fields HYGGE and WATERMELON share. */
    private static void v3Common(PriceList p) {
        p.onChainMessageCompute = of(38863);
        p.onChainMessageStorage = ScalingCost.ofGas(36 * 1300, 1300);
        p.onChainReturnCompute = ScalingCost.ZERO;
        p.onChainReturnStorage = ScalingCost.ofGas(0, 1300);
        p.sendTransferFunds = of(6000);
        p.sendInvokeMethod = of(75000);
        p.actorLookup = of(500_000);
        p.actorUpdate = of(475_000);
        p.actorCreateStorage = of(650_000);
        p.addressLookup = of(1_050_000);
        p.addressAssignment = of(1_000_000);
        p.sigCost = PriceList.enumMap(SignatureType.class, Map.of(
                SignatureType.SECP256K1, ScalingCost.ofGas(1637292, 10),
                SignatureType.BLS, ScalingCost.ofGas(16598605, 26)));
        p.secp256k1RecoverCost = of(1637292);
        p.hashingCost = PriceList.enumMap(HashFunction.class, Map.of(
                HashFunction.SHA2_256, ScalingCost.ofGas(0, 7),
                HashFunction.BLAKE2B_256, ScalingCost.ofGas(0, 10),
                HashFunction.BLAKE2B_512, ScalingCost.ofGas(0, 10),
                HashFunction.KECCAK_256, ScalingCost.ofGas(0, 33),
                HashFunction.RIPEMD_160, ScalingCost.ofGas(0, 35)));
        p.computeUnsealedSectorCidBase = of(98647);
        p.verifySealBase = of(2000);
        p.verifyAggregateSealPer = PriceList.sorted(Map.of(PriceList.SEAL_32GIB_V1P1, of(449900),
                PriceList.SEAL_64GIB_V1P1, of(359272)));
        p.verifyAggregateSealSteps = PriceList.sorted(Map.of(PriceList.SEAL_32GIB_V1P1, AGG_32GIB,
                PriceList.SEAL_64GIB_V1P1, AGG_64GIB));
        p.verifyConsensusFault = of(516422);
        p.verifyReplicaUpdate = of(36316136);
        p.blockAllocate = ScalingCost.ofGas(0, 2);
        p.blockMemcpy = new ScalingCost(0, 400);
        p.blockMemoryRetentionMinimum = ScalingCost.ofGas(0, 10);
        // The 3.2 milligas/byte read cost is disabled upstream: memory retention covers it.
        p.blockOpen = ScalingCost.ofGas(187440, 0);
        p.blockPersistStorage = ScalingCost.ofGas(334000, 3340);
        p.blockPersistCompute = of(172000);
        p.syscallCost = of(14000);
        p.builtinActorManifestLookup = 0;
        p.networkContext = 0;
        p.messageContext = 0;
        p.installWasmPerByteCost = 0;
        p.wasm = new WasmGasPrices(of(4), of(4), of(4), of(4), of(4), 0, 0, 400, 0, 400, of(14000));
        p.preloadedActors = List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 10L, 99L);
    }

    private static PriceList hygge() {
        PriceList p = new PriceList("HYGGE", FvmLine.V3);
        v3Common(p);
        p.tipsetCidLatest = of(50_000);
        p.tipsetCidHistorical = of(215_000);
        // Window PoSt V1 (5–9) and V1P1 (10–14): HYGGE lists 512MiB, 32GiB and 64GiB of both.
        p.verifyPostLookup = PriceList.sorted(Map.of(7L, POST, 8L, POST, 9L, POST, 12L, POST, 13L, POST, 14L, POST));
        p.getRandomnessSeed = of(21000);
        p.eventValidationCost = ScalingCost.ofGas(1750, 25);
        p.eventAcceptPerIndexElement = ScalingCost.ZERO;
        return p;
    }

    private static PriceList watermelon() {
        PriceList p = new PriceList("WATERMELON", FvmLine.V4);
        v3Common(p);
        p.verifyPostLookup = PriceList.sorted(Map.of(12L, POST, 13L, POST, 14L, POST));
        p.blsPairingCost = of(8299302);
        p.blsHashingCost = ScalingCost.ofGas(0, 7);
        p.lookbackCost = ScalingCost.ofGas(5800 * 19 + 15000 + 21000, 75);
        p.eventPerEntry = ScalingCost.ofGas(2000, 1400);
        p.utf8Validation = ScalingCost.ofGas(500, 16);
        p.ipldCborScanPerCid = of(400);
        p.ipldCborScanPerField = of(35);
        p.ipldLinkTracked = of(300);
        p.ipldLinkChecked = of(300);
        return p;
    }

    private static PriceList teep() {
        // TEEP is WATERMELON with FIP-0092 seal prices: a real verify_seal base and NI-PoRep aggregates.
        PriceList p = WATERMELON.copy("TEEP");
        p.verifySealBase = of(42_000_000);
        p.verifyAggregateSealPer = PriceList.sorted(Map.of(
                PriceList.SEAL_32GIB_V1P1, of(449900),
                PriceList.SEAL_64GIB_V1P1, of(359272),
                PriceList.SEAL_32GIB_V1P2_NIPOREP, of(44990 * 126),
                PriceList.SEAL_64GIB_V1P2_NIPOREP, of(35928 * 126)));
        p.verifyAggregateSealSteps = PriceList.sorted(Map.of(
                PriceList.SEAL_32GIB_V1P1, AGG_32GIB,
                PriceList.SEAL_64GIB_V1P1, AGG_64GIB,
                PriceList.SEAL_32GIB_V1P2_NIPOREP, NIPOREP_32GIB,
                PriceList.SEAL_64GIB_V1P2_NIPOREP, NIPOREP_64GIB));
        return p;
    }
}
