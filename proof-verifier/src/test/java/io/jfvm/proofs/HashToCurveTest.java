package io.jfvm.proofs;

import io.jfvm.proofs.bls12381.Fp2;
import io.jfvm.proofs.bls12381.G2;
import io.jfvm.proofs.bls12381.HashToG2;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 9380 Appendix J.10.1 (BLS12381G2_XMD:SHA-256_SSWU_RO_) known answers. */
class HashToCurveTest {
    private static final String DST = "QUUX-V01-CS02-with-BLS12381G2_XMD:SHA-256_SSWU_RO_";

    @Test
    void hashToFieldOfTheEmptyMessage() {
        Fp2[] u = HashToG2.hashToField(new byte[0], DST.getBytes(StandardCharsets.US_ASCII));
        assertEquals(Fp2.hex("03dbc2cce174e91ba93cbb08f26b917f98194a2ea08d1cce75b2b9cc9f21689d80bd79b594a613d0a68eb807dfdc1cf8",
                "05a2acec64114845711a54199ea339abd125ba38253b70a92c876df10598bd1986b739cad67961eb94f7076511b3b39a"), u[0]);
    }

    @Test
    void hashOfTheEmptyMessage() {
        G2 p = HashToG2.hash(new byte[0], DST);
        assertEquals(G2.affine(
                Fp2.hex("0141ebfbdca40eb85b87142e130ab689c673cf60f1a3e98d69335266f30d9b8d4ac44c1038e9dcdd5393faf5c41fb78a",
                        "05cb8437535e20ecffaef7752baddf98034139c38452458baeefab379ba13dff5bf5dd71b72418717047f5b0f37da03d"),
                Fp2.hex("0503921d7f6a12805e72940b963c0cf3471c7b2a524950ca195d11062ee75ec076daf2d4bc358c4b190c0c98064fdd92",
                        "12424ac32561493f3fe3c260708a12b7c620e7be00099a974e259ddc7d1f6395c3c811cdd19f1e8dbf3e9ecfdcbab8d6")), p);
        assertTrue(p.isInSubgroup());
    }

    @Test
    void hashOfAbcdef0123456789() {
        G2 p = HashToG2.hash("abcdef0123456789".getBytes(StandardCharsets.US_ASCII), DST);
        assertEquals(G2.affine(
                Fp2.hex("121982811d2491fde9ba7ed31ef9ca474f0e1501297f68c298e9f4c0028add35aea8bb83d53c08cfc007c1e005723cd0",
                        "190d119345b94fbd15497bcba94ecf7db2cbfd1e1fe7da034d26cbba169fb3968288b3fafb265f9ebd380512a71c3f2c"),
                Fp2.hex("05571a0f8d3c08d094576981f4a3b8eda0a8e771fcdcc8ecceaf1356a6acf17574518acb506e435b639353c2e14827c8",
                        "0bb5e7572275c567462d91807de765611490205a941a5a6af3b1691bfe596c31225d3aabdf15faff860cb4ef17c7c3be")), p);
    }
}
