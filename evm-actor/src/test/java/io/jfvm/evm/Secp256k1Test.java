package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class Secp256k1Test {
    private static final EthPrivateKey KEY = EthPrivateKey.parse("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final BigInteger HALF_N = Secp256k1.N.shiftRight(1);

    @Test
    void signingIsDeterministicLowSAndRecoverable() {
        for (int i = 0; i < 64; i++) {
            byte[] digest = Keccak.hash(new byte[] {(byte) i});
            EthSignature sig = KEY.sign(digest);
            assertEquals(sig, KEY.sign(digest), "RFC 6979 gives the same signature every time");
            assertTrue(sig.s().compareTo(HALF_N) <= 0, "low s");
            assertArrayEquals(KEY.publicKey(), Secp256k1.recover(digest, sig));
            EthSignature otherParity = new EthSignature(sig.r(), sig.s(), 1 - sig.yParity());
            assertNotEquals(KEY.address(), EthAddress.fromPublicKey(Secp256k1.recover(digest, otherParity)));
        }
    }

    /**
     * Recovery takes a high s, as Lotus's does: (r, n − s) with the other parity is the same signature's mirror and
     * recovers the same key.
     */
    @Test
    void highSRecoversTheSameKey() {
        byte[] digest = Keccak.hash("high s".getBytes());
        EthSignature sig = KEY.sign(digest);
        EthSignature mirror = new EthSignature(sig.r(), Secp256k1.N.subtract(sig.s()), 1 - sig.yParity());
        assertArrayEquals(KEY.publicKey(), Secp256k1.recover(digest, mirror));
    }

    @Test
    void invalidSignaturesAreRefused() {
        byte[] digest = Keccak.hash(new byte[0]);
        EthSignature sig = KEY.sign(digest);
        String[][] cases = {
            {"0", sig.s().toString(16), "r must be in [1, n)"},
            {Secp256k1.N.toString(16), sig.s().toString(16), "r must be in [1, n)"},
            {sig.r().toString(16), "0", "s must be in [1, n)"},
            {sig.r().toString(16), Secp256k1.N.toString(16), "s must be in [1, n)"},
            // x = 5 has no point on y² = x³ + 7 (5³ + 7 = 132 is not a square mod p).
            {"5", sig.s().toString(16), "not the x coordinate of a curve point"},
        };
        for (String[] c : cases) {
            EthSignature bad = new EthSignature(new BigInteger(c[0], 16), new BigInteger(c[1], 16), 0);
            InvalidSignatureException e = assertThrows(InvalidSignatureException.class, () -> Secp256k1.recover(digest, bad));
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Secp256k1.recover(new byte[31], sig));
        assertThrows(IllegalArgumentException.class, () -> new EthSignature(BigInteger.ONE, BigInteger.ONE, 2));
        assertThrows(IllegalArgumentException.class, () -> new EthSignature(BigInteger.ONE.shiftLeft(256), BigInteger.ONE, 0));
    }

    @Test
    void privateKeysMustBeScalars() {
        assertThrows(IllegalArgumentException.class, () -> EthPrivateKey.of(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> EthPrivateKey.of(Secp256k1.N));
        assertThrows(IllegalArgumentException.class, () -> EthPrivateKey.parse("0x01"));
        assertEquals("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", hex(KEY.toBytes()));
        assertEquals("EthPrivateKey[0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266]", KEY.toString());
    }

    /** Lotus {@code TestEcRecover} and {@code TestDelegatedSigner}: keys recovered from known signatures. */
    @Test
    void lotusRecoveryVectors() {
        JsonNode d = TestData.json("lotus/eip1559.json");
        JsonNode ec = d.get("ecRecover");
        byte[] key = recover(ec);
        assertEquals(ec.get("publicKey").asText(), "0x" + hex(key));
        assertEquals(EthAddress.parse(ec.get("from").asText()), EthAddress.fromPublicKey(key));
        JsonNode ds = d.get("delegatedSigner");
        assertEquals(ds.get("publicKey").asText(), "0x" + hex(recover(ds)));
    }

    private static byte[] recover(JsonNode n) {
        EthSignature sig = new EthSignature(TestData.integer(n.get("r").asText()), TestData.integer(n.get("s").asText()),
                n.get("v").asInt());
        return Secp256k1.recover(Keccak.hash(hex(n.get("unsignedTx").asText())), sig);
    }
}
