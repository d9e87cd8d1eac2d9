package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.gas.GasCharge;
import io.jfvm.gas.GasTracker;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of fvm-reference.md §3.10 and fvm-v2-v3-deltas.md (§1, §9, §12), which were checked there
 * against the conformance vectors' receipts.
 */
class PriceListTest {
    private static long receipt(GasCharge... charges) throws Exception {
        GasTracker t = GasTracker.forMessage(10_000_000_000L);
        for (GasCharge c : charges) {
            t.apply(c);
        }
        return t.receiptGasUsed();
    }

    // ---- HYGGE, fvm-reference.md §3.10 ----

    @Test
    void hyggeValueSendToExistingActor() throws Exception {
        HyggePriceList p = PriceLists.HYGGE;
        // ext-0002-fil_10_storageminer-Send-Ok-2 (L = 95) and Send-Ok-1 (L = 129).
        assertEquals(1_165_163, receipt(p.onChainMessage(95), p.onValueTransfer(), p.onActorUpdate()));
        assertEquals(1_209_363, receipt(p.onChainMessage(129), p.onValueTransfer(), p.onActorUpdate()));
    }

    @Test
    void hyggeInsufficientFundsAndMethodZeroSends() throws Exception {
        HyggePriceList p = PriceLists.HYGGE;
        // PreCommitSector-SysErrInsufficientFunds-1: L = 163.
        assertEquals(778_563, receipt(p.onChainMessage(163), p.onValueTransfer()));
        assertEquals(560_663 + 1300 * 50, receipt(p.onChainMessage(50)));
        assertEquals(566_663 + 1300 * 50, receipt(p.onChainMessage(50), p.onValueTransfer()));
    }

    @Test
    void hyggeBasicSendTrace() throws Exception {
        // testing/integration basic_send_test at NV18, raw length 100 (deltas §12).
        HyggePriceList p = PriceLists.HYGGE;
        assertEquals(4_365_663, receipt(p.onChainMessage(100), p.onCreateActor(true), p.onActorLookup(),
                p.onActorUpdate()));
        assertEquals(690_663, receipt(p.onChainMessage(100)));
        assertEquals(1_171_663, receipt(p.onChainMessage(100), p.onValueTransfer(), p.onActorUpdate()));
        assertEquals(696_663, receipt(p.onChainMessage(100), p.onValueTransfer()));
    }

    @Test
    void hyggeChargeSplitsAndNames() {
        HyggePriceList p = PriceLists.HYGGE;
        assertEquals(new GasCharge("OnChainMessage", of(38_863), of(475_000 + 46_800 + 1300 * 10)),
                p.onChainMessage(10));
        assertEquals(GasCharge.other("OnBlockOpenBase", of(187_440)), p.onBlockOpenBase());
        // ref-fvm test_read_write: 10 gas per byte for reads and creates.
        assertEquals(of(100), p.onBlockOpenPerByte(10).totalMilligas());
        assertEquals(of(100), p.onBlockCreate(10).totalMilligas());
        assertEquals(new GasCharge("OnBlockOpenPerByte", 24_000, 76_000), p.onBlockOpenPerByte(10));
        // OnBlockLink (blake2b) = 506,000 + 3,352.4 × size in v3.
        assertEquals(of(506_000) + 3_352_400L * 100, p.onBlockLink(HashFunction.BLAKE2B_256, 100).totalMilligas());
        assertEquals(GasCharge.compute("OnMethodInvocation", of(75_000)), p.onMethodInvocation());
        assertEquals(Optional.empty(), p.onMethodReturn(2, 100));
        assertEquals(Optional.of(new GasCharge("OnChainReturnValue", 0, of(1300 * 7))), p.onMethodReturn(1, 7));
        assertEquals(GasCharge.other("OnGetRandomness", of(21_000 + 10 * (32 + 48))), p.onGetRandomness(32));
        assertEquals(GasCharge.other("OnTipsetCid", of(50_000)), p.onTipsetCid(1));
        assertEquals(GasCharge.other("OnTipsetCid", of(215_000)), p.onTipsetCid(2));
        assertEquals(GasCharge.other("OnVerifyConsensusFault", of(516_422)), p.onVerifyConsensusFault());
        assertEquals(of(16_598_605 + 26 * 100), p.onVerifySignature(SignatureType.BLS, 100).totalMilligas());
        assertEquals(GasCharge.compute("OnActorEventValidate", 400 * 10 + of(2 * 10) + of(1750 + 25 * 10)),
                p.onActorEventValidate(10));
        // Accept: (len + 12) = 100 bytes; compute memcpy + alloc, other 2 memcpy + alloc + blake2b.
        assertEquals(new GasCharge("OnActorEventAccept", 40_000 + of(200), 80_000 + of(200) + of(1000)),
                p.onActorEventAccept(88));
        // 17 pages of initial memory: about 445,645 gas per invocation (§3.7).
        assertEquals(445_644_800L, p.wasm().initMemoryGas(17 * 65536));
        assertEquals(3_200L * 10, p.wasm().initTableGas(10));
    }

    // ---- WATERMELON / TEEP, fvm-reference.md §3.3–3.4 ----

    @Test
    void watermelonNamedCharges() throws Exception {
        WatermelonPriceList p = PriceLists.WATERMELON;
        assertEquals(new GasCharge("OnBlockOpenBase", of(300), of(187_440)), p.onBlockOpenBase());
        assertEquals(187_740, receipt(p.onBlockOpenBase()));
        // OnBlockOpen = max(10·size, 300·links + 2.4·size); ref-fvm test_read_write for (10, 0).
        assertEquals(of(100), p.onBlockOpen(10, 0).totalMilligas());
        assertEquals(of(1000), p.onBlockOpen(100, 1).totalMilligas());
        assertEquals(of(300 * 10) + 2_400L * 100, p.onBlockOpen(100, 10).totalMilligas());
        assertEquals(of(300 * 10), p.onBlockOpen(100, 10).computeMilligas());
        assertEquals(of(100), p.onBlockCreate(10, 0).totalMilligas());
        assertEquals(of(506_300) + 3_352_400L * 100, p.onBlockLink(HashFunction.BLAKE2B_256, 100).totalMilligas());
        assertEquals(GasCharge.compute("OnMethodInvocation", of(75_000 + 300 * 2)), p.onMethodInvocation(2));
        assertEquals(Optional.of(GasCharge.compute("OnReturnValue", of(600))), p.onMethodReturn(2, 10, 2));
        // OnActorEvent = 17.2·est + 2,500 + 1,400n + 16·keylen, est = 12 + 9n + keylen + vallen.
        long n = 3;
        long key = 20;
        long val = 50;
        long est = 12 + 9 * n + key + val;
        assertEquals(17_200 * est + of(2500 + 1400 * n + 16 * key), p.onActorEvent(n, key, val).totalMilligas());
        assertEquals(of(8_299_302L * 4 + 7 * 100), p.onVerifyBlsAggregateSignature(3, 100).totalMilligas());
        assertEquals(GasCharge.other("OnGetRandomness", of(146_200 + 75 * 10)), p.onGetRandomness(10));
        assertEquals(GasCharge.other("OnTipsetCid", of(146_200 + 75 * 900)), p.onTipsetCid(900));
        assertEquals(of(35 * 7 + 400 * 2), p.onScanIpldLinks(7, 2).totalMilligas());
        assertEquals(GasCharge.compute("OnActorGetRoot", of(300)), p.onGetRoot());
        assertEquals(GasCharge.compute("OnActorSetRoot", of(300)), p.onSetRoot());
        assertEquals(of(2_000), p.onVerifySeal().totalMilligas());
        // Send to a new f4 address (placeholder creation): §3.10.
        assertEquals(560_663 + 1300 * 40 + 2_700_000 + 500_000 + 475_000,
                receipt(p.onChainMessage(40), p.onCreateActor(true), p.onActorLookup(), p.onActorUpdate()));
    }

    @Test
    void watermelonWorkedValuesOfTheDeltas() throws Exception {
        WatermelonPriceList p = PriceLists.WATERMELON;
        // fvm-v4-deltas.md §5.1: randomness by lookback; a future round saturates and runs out of gas.
        assertEquals(146_200, receipt(p.onGetRandomness(0)));
        assertEquals(147_700, receipt(p.onGetRandomness(20)));
        assertEquals(213_700, receipt(p.onGetRandomness(900)));
        assertEquals(Long.MAX_VALUE, p.onGetRandomness(-1).totalMilligas());
        // §5.2: tipset CIDs priced the same way.
        assertEquals(146_275, receipt(p.onTipsetCid(1)));
        assertEquals(165_400, receipt(p.onTipsetCid(256)));
        // §7.4: a 100-byte DAG-CBOR block with 10 items and 1 CID (scan: 10 × 35 + 400).
        assertEquals(189_490, receipt(p.onBlockOpenBase(), p.onScanIpldLinks(10, 1), p.onBlockOpen(100, 1)));
        assertEquals(1_750, receipt(p.onScanIpldLinks(10, 1), p.onBlockCreate(100, 1)));
        assertEquals(841_540, receipt(p.onBlockLink(HashFunction.BLAKE2B_256, 100)));
        assertEquals(600, receipt(p.onGetRoot(), p.onSetRoot()));
        // §7.3: an EVM log with two topics and 32 bytes of data.
        assertEquals(9_188, receipt(p.onActorEvent(3, 5, 96)));
        // §6.2: the tuple [0, <cid>, 1] costs 4 items and 1 CID.
        assertEquals(540, receipt(p.onScanIpldLinks(4, 1)));
    }

    @Test
    void teepNiPorepCheckValues() throws Exception {
        // fvm-v4-deltas.md §7.2: one 32GiB and one 64GiB NI-PoRep; at nv24 four NI proofs fall back to 32GiB V1P1.
        assertEquals(118_025_550, receipt(PriceLists.TEEP.onVerifyAggregateSeals(18, 1)));
        assertEquals(115_329_958, receipt(PriceLists.TEEP.onVerifyAggregateSeals(19, 1)));
        assertEquals(4 * 449_900 + 103_994_170, receipt(PriceLists.WATERMELON.onVerifyAggregateSeals(18, 4)));
        assertEquals(4 * 449_900 + 103_994_170, receipt(PriceLists.WATERMELON.onVerifyAggregateSeals(19, 4)));
    }

    @Test
    void aggregateSealsAndPost() {
        // 32GiB V1P1 (8): 449,900 per proof + the step at or below n.
        assertEquals(of(449_900L * 10 + 112_356_810), PriceLists.HYGGE.onVerifyAggregateSeals(8, 10).totalMilligas());
        assertEquals(of(359_272L * 4 + 102_581_240), PriceLists.SKYR.onVerifyAggregateSeals(9, 4).totalMilligas());
        assertEquals(of(449_900L * 3), PriceLists.WATERMELON.onVerifyAggregateSeals(8, 3).totalMilligas());
        // Before NV25 NI-PoRep (18) falls back to interactive 32GiB prices; TEEP prices it (FIP-0092).
        assertEquals(of(449_900L * 5 + 103_994_170),
                PriceLists.WATERMELON.onVerifyAggregateSeals(18, 5).totalMilligas());
        assertEquals(of(5_668_740L * 5 + 162_039_100), PriceLists.TEEP.onVerifyAggregateSeals(18, 5).totalMilligas());
        assertEquals(of(4_526_928L + 110_803_030), PriceLists.TEEP.onVerifyAggregateSeals(19, 1).totalMilligas());
        assertEquals(of(42_000_000), PriceLists.TEEP.onVerifySeal().totalMilligas());
        // WindowPoSt: 117,680,921 + 43,780 per challenged sector in every list.
        for (PriceList p : new PriceList[] {PriceLists.SKYR, PriceLists.HYGGE, PriceLists.WATERMELON, PriceLists.TEEP}) {
            assertEquals(of(117_680_921L + 43_780L * 5), p.onVerifyPost(5).totalMilligas());
            assertEquals(of(117_680_921L), p.onVerifyPost(0).totalMilligas());
        }
        // TEEP is WATERMELON apart from the seal prices.
        assertEquals(PriceLists.WATERMELON.onChainMessage(77), PriceLists.TEEP.onChainMessage(77));
        assertEquals("TEEP", PriceLists.TEEP.name());
    }

    // ---- SKYR, fvm-v2-v3-deltas.md §1 and §9 ----

    @Test
    void skyrMessageClosedForms() throws Exception {
        SkyrPriceList p = PriceLists.SKYR;
        // fil_9_account-Send-Ok-1: method 0, value 0, L = 81.
        assertEquals(220_196, receipt(p.onChainMessage(81), p.onMethodInvocation(false, 0)));
        // fil_9_multisig-Send-Ok-*: method 0 with value.
        assertEquals(420_368, receipt(p.onChainMessage(91), p.onMethodInvocation(true, 0)));
        assertEquals(422_968, receipt(p.onChainMessage(93), p.onMethodInvocation(true, 0)));
        // Method ≠ 0 with value failing the transfer (exit 6).
        assertEquals(312_519, receipt(p.onChainMessage(135), p.onMethodInvocation(true, 2)));
        assertEquals(345_019, receipt(p.onChainMessage(160), p.onMethodInvocation(true, 25)));
        assertEquals(2_764_319, receipt(p.onChainMessage(2021), p.onMethodInvocation(true, 7)));
        assertEquals(2_761_719, receipt(p.onChainMessage(2019), p.onMethodInvocation(true, 7)));
        assertEquals(of(85_663 + 1300 * 10), p.onChainMessage(10).totalMilligas());
    }

    @Test
    void skyrHostCharges() {
        SkyrPriceList p = PriceLists.SKYR;
        // Issue #1080 trace fragments (actors v9).
        assertEquals(GasCharge.compute("OnMethodInvocation", of(23_856)), p.onMethodInvocation(false, 3));
        assertEquals(of(51_356), p.onMethodInvocation(true, 3).totalMilligas());
        assertEquals(GasCharge.compute("OnBlockCreate", 819_000), p.onBlockCreate(78));
        assertEquals(GasCharge.compute("OnBlockCreate", 535_500), p.onBlockCreate(51));
        assertEquals(new GasCharge("OnBlockLink", of(353_718), of(101_400)), p.onBlockLink(HashFunction.SHA2_256, 78));
        assertEquals(new GasCharge("OnBlockLink", of(353_691), of(66_300)), p.onBlockLink(HashFunction.BLAKE2B_256, 51));
        assertEquals(GasCharge.compute("OnHashing", of(31_355)), p.onHashing(HashFunction.KECCAK_256, 1_000_000));
        assertEquals(GasCharge.compute("OnSyscall", of(14_000)), p.onSyscall());
        assertEquals(of(1_207_254), p.onCreateActor().totalMilligas());
        assertEquals(GasCharge.other("OnDeleteActor", of(-98_800)), p.onDeleteActor());
        assertEquals(GasCharge.compute("OnVerifySignature", of(16_598_605)), p.onVerifySignature(SignatureType.BLS, 500));
        assertEquals(of(1_637_292), p.onVerifySignature(SignatureType.SECP256K1, 500).totalMilligas());
        assertEquals(GasCharge.compute("OnBlockOpenBase", of(135_617)), p.onBlockOpenBase());
        assertEquals(GasCharge.compute("OnBlockOpenPerByte", 10_500L * 40), p.onBlockOpenPerByte(40));
        assertEquals(GasCharge.compute("OnBlockRead", 500L * 40), p.onBlockRead(40));
        assertEquals(GasCharge.compute("OnGetRandomness", of(21_000)), p.onGetRandomness(64));
        assertEquals(GasCharge.compute("OnVerifyConsensusFault", of(516_422)), p.onVerifyConsensusFault());
        assertEquals(GasCharge.other("OnChainReturnValue", of(1300 * 12)), p.onChainReturnValue(12));
    }
}
