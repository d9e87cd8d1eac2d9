package io.jfvm.gas.price;

import static io.jfvm.gas.Gas.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void selectsByNetworkVersion() {
        assertSame(PriceLists.SKYR, PriceLists.forNetworkVersion(16));
        assertSame(PriceLists.SKYR, PriceLists.forNetworkVersion(17));
        for (int nv = 18; nv <= 20; nv++) {
            assertSame(PriceLists.HYGGE, PriceLists.forNetworkVersion(nv));
        }
        for (int nv = 21; nv <= 24; nv++) {
            assertSame(PriceLists.WATERMELON, PriceLists.forNetworkVersion(nv));
        }
        for (int nv = 25; nv <= 28; nv++) {
            assertSame(PriceLists.TEEP, PriceLists.forNetworkVersion(nv));
        }
        for (int nv : new int[] {0, 15, 29, -1}) {
            var e = assertThrows(UnsupportedNetworkVersionException.class, () -> PriceLists.forNetworkVersion(nv));
            assertTrue(e.getMessage().contains("network version " + nv), e.getMessage());
        }
    }

    // ---- HYGGE, fvm-reference.md §3.10 ----

    @Test
    void hyggeValueSendToExistingActor() throws Exception {
        PriceList p = PriceLists.HYGGE;
        // ext-0002-fil_10_storageminer-Send-Ok-2 (L = 95) and Send-Ok-1 (L = 129).
        assertEquals(1_165_163, receipt(p.onChainMessage(95), p.onValueTransfer(), p.onActorUpdate()));
        assertEquals(1_209_363, receipt(p.onChainMessage(129), p.onValueTransfer(), p.onActorUpdate()));
    }

    @Test
    void hyggeInsufficientFundsAndMethodZeroSends() throws Exception {
        PriceList p = PriceLists.HYGGE;
        // PreCommitSector-SysErrInsufficientFunds-1: L = 163.
        assertEquals(778_563, receipt(p.onChainMessage(163), p.onValueTransfer()));
        assertEquals(560_663 + 1300 * 50, receipt(p.onChainMessage(50)));
        assertEquals(566_663 + 1300 * 50, receipt(p.onChainMessage(50), p.onValueTransfer()));
    }

    @Test
    void hyggeBasicSendTrace() throws Exception {
        // testing/integration basic_send_test at NV18, raw length 100 (deltas §12).
        PriceList p = PriceLists.HYGGE;
        assertEquals(4_365_663, receipt(p.onChainMessage(100), p.onCreateActor(true), p.onActorLookup(),
                p.onActorUpdate()));
        assertEquals(690_663, receipt(p.onChainMessage(100)));
        assertEquals(1_171_663, receipt(p.onChainMessage(100), p.onValueTransfer(), p.onActorUpdate()));
        assertEquals(696_663, receipt(p.onChainMessage(100), p.onValueTransfer()));
    }

    @Test
    void hyggeChargeSplitsAndNames() {
        PriceList p = PriceLists.HYGGE;
        assertEquals(new GasCharge("OnChainMessage", of(38_863), of(475_000 + 46_800 + 1300 * 10)),
                p.onChainMessage(10));
        assertEquals(GasCharge.other("OnBlockOpenBase", of(187_440)), p.onBlockOpenBase());
        // ref-fvm test_read_write: 10 gas per byte for reads and creates.
        assertEquals(of(100), p.onBlockOpenPerByte(10).totalMilligas());
        assertEquals(of(100), p.onBlockCreate(10, 0).totalMilligas());
        assertEquals(new GasCharge("OnBlockOpenPerByte", 24_000, 76_000), p.onBlockOpenPerByte(10));
        // OnBlockLink (blake2b) = 506,000 + 3,352.4 × size in v3.
        assertEquals(of(506_000) + 3_352_400L * 100, p.onBlockLink(HashFunction.BLAKE2B_256, 100).totalMilligas());
        assertEquals(GasCharge.compute("OnMethodInvocation", of(75_000)), p.onMethodInvocation(0));
        assertEquals(Optional.empty(), p.onMethodReturn(2, 100, 0));
        assertEquals(Optional.of(new GasCharge("OnChainReturnValue", 0, of(1300 * 7))), p.onMethodReturn(1, 7, 0));
        assertEquals(GasCharge.other("OnGetRandomness", of(21_000 + 10 * (32 + 48))), p.onGetRandomness(32));
        assertEquals(GasCharge.other("OnTipsetCid", of(50_000)), p.onTipsetCid(1));
        assertEquals(GasCharge.other("OnTipsetCid", of(215_000)), p.onTipsetCid(2));
        assertEquals(GasCharge.other("OnVerifyConsensusFault", of(516_422)), p.onVerifyConsensusFault());
        assertEquals(of(16_598_605 + 26 * 100), p.onVerifySignature(SignatureType.BLS, 100).totalMilligas());
        assertEquals(GasCharge.compute("OnActorEventValidate", 400 * 10 + of(2 * 10) + of(1750 + 25 * 10)),
                p.onActorEventValidate(10));
        // Accept: (len + 12) = 100 bytes; compute memcpy + alloc, other 2 memcpy + alloc + blake2b.
        assertEquals(new GasCharge("OnActorEventAccept", 40_000 + of(200), 80_000 + of(200) + of(1000)),
                p.onActorEventAccept(88, 0, 0));
        // 17 pages of initial memory: about 445,645 gas per invocation (§3.7).
        assertEquals(445_644_800L, p.initMemoryGas(17 * 65536));
        assertEquals(3_200L * 10, p.initTableGas(10));
        assertThrows(UnsupportedOperationException.class, p::onGetRoot);
        assertThrows(UnsupportedOperationException.class, () -> p.onChainReturnValue(1));
    }

    // ---- WATERMELON / TEEP, fvm-reference.md §3.3–3.4 ----

    @Test
    void watermelonNamedCharges() throws Exception {
        PriceList p = PriceLists.WATERMELON;
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
        assertEquals(of(8_299_302L * 4 + 7 * 100), p.onVerifyAggregateSignature(3, 100).totalMilligas());
        assertEquals(GasCharge.other("OnGetRandomness", of(146_200 + 75 * 10)), p.onGetRandomnessLookback(10));
        assertEquals(GasCharge.other("OnTipsetCid", of(146_200 + 75 * 900)), p.onTipsetCid(900));
        assertEquals(of(500 + 16 * 5), p.onUtf8Validation(5).totalMilligas());
        assertEquals(of(35 * 7 + 400 * 2), p.onScanIpldLinks(7, 2).totalMilligas());
        assertEquals(GasCharge.compute("OnActorGetRoot", of(300)), p.onGetRoot());
        assertEquals(GasCharge.compute("OnActorSetRoot", of(300)), p.onSetRoot());
        assertEquals(of(2_000), p.onVerifySeal().totalMilligas());
        // Send to a new f4 address (placeholder creation): §3.10.
        assertEquals(560_663 + 1300 * 40 + 2_700_000 + 500_000 + 475_000,
                receipt(p.onChainMessage(40), p.onCreateActor(true), p.onActorLookup(), p.onActorUpdate()));
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
        // WindowPoSt: 117,680,921 + 43,780 per challenged sector, unknown or absent types fall back to 512MiB.
        for (PriceList p : new PriceList[] {PriceLists.SKYR, PriceLists.HYGGE, PriceLists.WATERMELON}) {
            assertEquals(of(117_680_921L + 43_780L * 5), p.onVerifyPost(13L, 5).totalMilligas());
            assertEquals(of(117_680_921L), p.onVerifyPost(null, 0).totalMilligas());
        }
        // TEEP is WATERMELON apart from the seal prices.
        assertEquals(PriceLists.WATERMELON.onChainMessage(77), PriceLists.TEEP.onChainMessage(77));
        assertEquals("TEEP", PriceLists.TEEP.name());
    }

    // ---- SKYR, fvm-v2-v3-deltas.md §1 and §9 ----

    @Test
    void skyrMessageClosedForms() throws Exception {
        PriceList p = PriceLists.SKYR;
        // fil_9_account-Send-Ok-1: method 0, value 0, L = 81.
        assertEquals(220_196, receipt(p.onChainMessage(81), p.onMethodInvocationSkyr(false, 0)));
        // fil_9_multisig-Send-Ok-*: method 0 with value.
        assertEquals(420_368, receipt(p.onChainMessage(91), p.onMethodInvocationSkyr(true, 0)));
        assertEquals(422_968, receipt(p.onChainMessage(93), p.onMethodInvocationSkyr(true, 0)));
        // Method ≠ 0 with value failing the transfer (exit 6).
        assertEquals(312_519, receipt(p.onChainMessage(135), p.onMethodInvocationSkyr(true, 2)));
        assertEquals(345_019, receipt(p.onChainMessage(160), p.onMethodInvocationSkyr(true, 25)));
        assertEquals(2_764_319, receipt(p.onChainMessage(2021), p.onMethodInvocationSkyr(true, 7)));
        assertEquals(2_761_719, receipt(p.onChainMessage(2019), p.onMethodInvocationSkyr(true, 7)));
        assertEquals(of(85_663 + 1300 * 10), p.onChainMessage(10).totalMilligas());
    }

    @Test
    void skyrHostCharges() {
        PriceList p = PriceLists.SKYR;
        // Issue #1080 trace fragments (actors v9).
        assertEquals(GasCharge.compute("OnMethodInvocation", of(23_856)), p.onMethodInvocationSkyr(false, 3));
        assertEquals(of(51_356), p.onMethodInvocationSkyr(true, 3).totalMilligas());
        assertEquals(GasCharge.compute("OnBlockCreate", 819_000), p.onBlockCreate(78, 0));
        assertEquals(GasCharge.compute("OnBlockCreate", 535_500), p.onBlockCreate(51, 0));
        assertEquals(new GasCharge("OnBlockLink", of(353_718), of(101_400)), p.onBlockLink(HashFunction.SHA2_256, 78));
        assertEquals(new GasCharge("OnBlockLink", of(353_691), of(66_300)), p.onBlockLink(HashFunction.BLAKE2B_256, 51));
        assertEquals(GasCharge.compute("OnHashing", of(31_355)), p.onHashing(HashFunction.KECCAK_256, 1_000_000));
        assertEquals(GasCharge.compute("OnSyscall", of(14_000)), p.onSyscall());
        assertEquals(of(1_207_254), p.onCreateActorSkyr().totalMilligas());
        assertEquals(GasCharge.other("OnDeleteActor", of(-98_800)), p.onDeleteActor());
        assertEquals(GasCharge.compute("OnVerifySignature", of(16_598_605)), p.onVerifySignature(SignatureType.BLS, 500));
        assertEquals(of(1_637_292), p.onVerifySignature(SignatureType.SECP256K1, 500).totalMilligas());
        assertEquals(GasCharge.compute("OnBlockOpenBase", of(135_617)), p.onBlockOpenBase());
        assertEquals(GasCharge.compute("OnBlockOpenPerByte", 10_500L * 40), p.onBlockOpenPerByte(40));
        assertEquals(GasCharge.compute("OnBlockRead", 500L * 40), p.onBlockRead(40));
        assertEquals(GasCharge.compute("OnGetRandomness", of(21_000)), p.onGetRandomness(64));
        assertEquals(GasCharge.compute("OnVerifyConsensusFault", of(516_422)), p.onVerifyConsensusFault());
        assertEquals(GasCharge.other("OnChainReturnValue", of(1300 * 12)), p.onChainReturnValue(12));
        assertThrows(UnsupportedOperationException.class, () -> p.onTipsetCid(1));
        assertThrows(UnsupportedOperationException.class, p::onValueTransfer);
        assertThrows(UnsupportedOperationException.class, () -> p.initMemoryGas(65536));
    }
}
