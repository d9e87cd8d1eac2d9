package io.jfvm.proofs;

import io.jfvm.proofs.sig.BlsBackend;
import io.jfvm.proofs.sig.BlsBackends;
import io.jfvm.proofs.sig.BlsSignatures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.jfvm.proofs.SharedData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known answers from the Ethereum consensus BLS test vectors (same min-pk scheme and hash-to-curve
 * suite; only the DST differs, so they run with the Ethereum DST), then Filecoin-DST behaviour.
 */
class BlsSignaturesTest {
    private static final String ETH_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
    private static final String SK1 = "263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3";
    private static final String SK2 = "47b8192d77bf871b62e87859d653922725724a5c031afeabc60bcef5ff665138";
    private static final String SK3 = "328388aff0d4a5b7dc9205abd374e7e98f3cd9f3418edb4eafda5fb16473d216";

    private final BlsSignatures eth = new BlsSignatures(ETH_DST);
    private final BlsSignatures fil = new BlsSignatures();

    @Test
    void publicKeysMatchKnownAnswers() {
        assertEquals("a491d1b0ecd9bb917989f0e74f0dea0422eac4a873e5e2644f368dffb9a6e20fd6e10c1b77654d067c0618f6e5a7f79a",
                hex(eth.publicKey(hex(SK1))));
        assertEquals("b301803f8b5ac4a1133581fc676dfedc60d891dd5fa99028805e5ea5b08d3491af75d0707adab3b70c6a6a580217bf81",
                hex(eth.publicKey(hex(SK2))));
        assertEquals("b53d21a4cfd562c469cc81514d4ce5a6b577d8403d32a394dc265dd190b47fa9f829fdd7963afdf972e5e77854051f6f",
                hex(eth.publicKey(hex(SK3))));
    }

    @Test
    void signaturesMatchKnownAnswersAndVerify() {
        String[][] cases = {
            {SK1, "0000000000000000000000000000000000000000000000000000000000000000",
                "b6ed936746e01f8ecf281f020953fbf1f01debd5657c4a383940b020b26507f6076334f91e2366c96e9ab279fb5158090352ea1c5b0c9274504f4f0e7053af24802e51e4568d164fe986834f41e55c8e850ce1f98458c0cfc9ab380b55285a55"},
            {SK1, "5656565656565656565656565656565656565656565656565656565656565656",
                "882730e5d03f6b42c3abc26d3372625034e1d871b65a8a6b900a56dae22da98abbe1b68f85e49fe7652a55ec3d0591c20767677e33e5cbb1207315c41a9ac03be39c2e7668edc043d6cb1d9fd93033caa8a1c5b0e84bedaeb6c64972503a43eb"},
            {SK3, "5656565656565656565656565656565656565656565656565656565656565656",
                "a4efa926610b8bd1c8330c918b7a5e9bf374e53435ef8b7ec186abf62e1b1f65aeaaeb365677ac1d1172a1f5b44b4e6d022c252c58486c0a759fbdc7de15a756acc4d343064035667a594b4c2a6f0b0b421975977f297dba63ee2f63ffe47bb6"},
            {SK2, "5656565656565656565656565656565656565656565656565656565656565656",
                "af1390c3c47acdb37131a51216da683c509fce0e954328a59f93aebda7e4ff974ba208d9a4a2a2389f892a9d418d618418dd7f7a6bc7aa0da999a9d3a5b815bc085e14fd001f6a1948768a3f4afefc8b8240dda329f984cb345c6363272ba4fe"},
            {SK2, "0000000000000000000000000000000000000000000000000000000000000000",
                "b23c46be3a001c63ca711f87a005c200cc550b9429d5f4eb38d74322144f1b63926da3388979e5321012fb1a0526bcd100b5ef5fe72628ce4cd5e904aeaa3279527843fae5ca9ca675f4f51ed8f83bbf7155da9ecc9663100a885d5dc6df96d9"},
        };
        for (String[] c : cases) {
            byte[] sk = hex(c[0]);
            byte[] msg = hex(c[1]);
            byte[] sig = eth.sign(sk, msg);
            assertEquals(c[2], hex(sig));
            assertTrue(eth.verify(sig, eth.publicKey(sk), msg));
            byte[] other = msg.clone();
            other[0] ^= 1;
            assertFalse(eth.verify(sig, eth.publicKey(sk), other), "changed message");
            assertFalse(fil.verify(sig, eth.publicKey(sk), msg), "an Ethereum signature is not a Filecoin one");
        }
    }

    @Test
    void filecoinSignatureVerifiesOnlyForItsKeyAndMessage() {
        BlsBackend backend = BlsBackends.best();
        byte[] sk = hex(SK1);
        byte[] msg = "filecoin message".getBytes(StandardCharsets.UTF_8);
        byte[] sig = fil.sign(sk, msg);
        byte[] pk = fil.publicKey(sk);
        assertTrue(backend.verify(sig, pk, msg));
        assertFalse(backend.verify(sig, fil.publicKey(hex(SK2)), msg));
        assertFalse(backend.verify(sig, pk, "filecoin messagE".getBytes(StandardCharsets.UTF_8)));
        byte[] badSig = sig.clone();
        badSig[95] ^= 1;
        assertFalse(backend.verify(badSig, pk, msg), "a changed signature is invalid (or not a point)");
        assertFalse(backend.verify(new byte[95], pk, msg), "wrong length");
        byte[] infinityKey = new byte[48];
        infinityKey[0] = (byte) 0xc0;
        assertFalse(backend.verify(sig, infinityKey, msg), "identity public key");
    }

    @Test
    void aggregateOfDistinctMessages() {
        List<byte[]> pks = new ArrayList<>();
        List<byte[]> msgs = new ArrayList<>();
        List<byte[]> sigs = new ArrayList<>();
        String[] sks = {SK1, SK2, SK3};
        for (int i = 0; i < 3; i++) {
            byte[] m = ("message " + i).getBytes(StandardCharsets.UTF_8);
            msgs.add(m);
            pks.add(fil.publicKey(hex(sks[i])));
            sigs.add(fil.sign(hex(sks[i]), m));
        }
        byte[] agg = fil.aggregate(sigs);
        assertTrue(fil.verifyAggregate(agg, pks, msgs));
        assertFalse(fil.verifyAggregate(agg, List.of(pks.get(1), pks.get(0), pks.get(2)), msgs), "keys swapped");
        assertFalse(fil.verifyAggregate(fil.aggregate(sigs.subList(0, 2)), pks, msgs), "one signature missing");
        assertFalse(fil.verifyAggregate(agg, pks.subList(0, 2), msgs.subList(0, 2)));
        // the same message twice is rejected even with a correct aggregate
        byte[] m = "same".getBytes(StandardCharsets.UTF_8);
        byte[] dup = fil.aggregate(List.of(fil.sign(hex(SK1), m), fil.sign(hex(SK2), m)));
        assertFalse(fil.verifyAggregate(dup, List.of(fil.publicKey(hex(SK1)), fil.publicKey(hex(SK2))), List.of(m, m)));
        // the aggregate of one signature is that signature
        assertArrayEquals(sigs.get(0), fil.aggregate(List.of(sigs.get(0))));
    }
}
