package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.SignedMessage;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lotus's homestead and EIP-155 cases ({@code lotus/legacy.json}). */
class LegacyLotusTest {
    private static final JsonNode DATA = TestData.json("lotus/legacy.json");
    private static final int NV = 23;
    /** Homestead transactions carry no chain ID; any chain takes them. */
    private static final long ANY_CHAIN = 31415926;

    private static SignedEthTransaction decode(String raw, long chainId) {
        return EthTransactionDecoder.decode(hex(raw), chainId, NV);
    }

    /** {@code TestEthLegacyHomesteadTxArgs}: fields, and the 66-byte delegated signature verifying the sender. */
    @Test
    void homestead() {
        assertEquals(2, DATA.get("homestead").size());
        for (JsonNode c : DATA.get("homestead")) {
            SignedEthTransaction stx = decode(c.get("raw").asText(), ANY_CHAIN);
            LegacyTransaction tx = (LegacyTransaction) stx.transaction();
            assertTrue(tx.isHomestead());
            assertEquals(c.get("nonce").asLong(), tx.nonce());
            assertEquals(EthAddress.parse(c.get("to").asText()), tx.to());
            assertEquals(c.get("input").asText(), "0x" + hex(tx.input()));
            assertEquals(BigInteger.valueOf(c.get("gasPrice").asLong()), tx.gasPrice());
            assertEquals(c.get("gasLimit").asLong(), tx.gasLimit());
            byte[] sig = stx.delegatedSignature().data();
            assertEquals(66, sig.length);
            assertEquals(LegacyTransaction.HOMESTEAD_SIGNATURE_PREFIX, sig[0]);
            // Lotus verifies by dropping the prefix and turning v 27/28 into parity 0/1.
            EthSignature verifiable = new EthSignature(new BigInteger(1, Arrays.copyOfRange(sig, 1, 33)),
                    new BigInteger(1, Arrays.copyOfRange(sig, 33, 65)), sig[65] - 27);
            assertEquals(stx.sender(), EthAddress.fromPublicKey(Secp256k1.recover(tx.signingDigest(), verifiable)));
            assertArrayEquals(hex(c.get("raw").asText()), stx.encode());
        }
    }

    /** {@code TestLegacyHomesteadSignatures}: r, s, v; the rows Lotus marks as mismatching v must not match. */
    @Test
    void homesteadSignatures() {
        for (JsonNode c : DATA.get("homesteadSignatures")) {
            SignedEthTransaction stx = decode(c.get("raw").asText(), ANY_CHAIN);
            SignedEthTransaction again = FilecoinTranslation.fromSignedMessage(FilecoinTranslation.toSignedMessage(stx), ANY_CHAIN);
            assertEquals(TestData.integer(c.get("r").asText()), again.signature().r());
            assertEquals(TestData.integer(c.get("s").asText()), again.signature().s());
            BigInteger expectedV = TestData.integer(c.get("v").asText());
            if (c.get("vMismatch").asBoolean()) {
                assertNotEquals(expectedV, again.v());
            } else {
                assertEquals(expectedV, again.v());
            }
        }
        for (JsonNode c : DATA.get("homesteadNotATransaction")) {
            assertThrows(InvalidTransactionException.class, () -> decode(c.get("raw").asText(), ANY_CHAIN));
        }
    }

    /** {@code TestEtherScanLegacyRLP}: a mainnet homestead transaction, its sender, message and the trip back. */
    @Test
    void etherscan() {
        JsonNode c = DATA.get("etherscan");
        SignedEthTransaction stx = checkLegacy(c, ANY_CHAIN);
        assertTrue(((LegacyTransaction) stx.transaction()).isHomestead());
        assertEquals(BigInteger.valueOf(c.get("v").asLong()), stx.v());
    }

    /** {@code TestFailurePaths}: a broken first byte, a mangled r (another sender) and a v that is not 27/28. */
    @Test
    void failurePaths() {
        assertThrows(InvalidTransactionException.class, () -> decode(DATA.get("invalidRlp").asText(), ANY_CHAIN));
        JsonNode c = DATA.get("etherscan");
        SignedEthTransaction stx = decode(c.get("raw").asText(), ANY_CHAIN);
        EthSignature s = stx.signature();
        SignedEthTransaction mangled = new SignedEthTransaction(stx.transaction(),
                new EthSignature(s.r().add(BigInteger.ONE), s.s(), s.yParity()));
        assertNotEquals(EthAddress.parse(c.get("from").asText()), mangled.sender());
        byte[] v1 = Rlp.encode(withItem((RlpList) Rlp.decode(hex(c.get("raw").asText())), 6, RlpString.ofUnsigned(1)));
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> EthTransactionDecoder.decode(v1, ANY_CHAIN, NV));
        assertTrue(e.getMessage().contains("must be 27 or 28 (homestead) or 2·chainId + 35/36 (EIP-155), got 1"), e.getMessage());
    }

    /** {@code TestEIP155Tx}: a chain-314 EIP-155 transaction, its sender, message and the trip back. */
    @Test
    void eip155() {
        JsonNode c = DATA.get("eip155");
        long chainId = c.get("chainId").asLong();
        SignedEthTransaction stx = checkLegacy(c, chainId);
        assertEquals(chainId, stx.transaction().chainId());
        assertEquals(BigInteger.valueOf(c.get("v").asLong()), stx.v());
        assertEquals(67, stx.delegatedSignature().data().length, "02 ‖ r ‖ s ‖ v, v = 0x0297 in two bytes");
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> decode(c.get("raw").asText(), 31415926));
        assertTrue(e.getMessage().contains("signs for chain ID 314, not this chain's 31415926"), e.getMessage());
    }

    /** {@code TestDeriveEIP155ChainId}: the chain ID an EIP-155 v signs for; the decoder names it when it is wrong. */
    @Test
    void deriveChainId() {
        JsonNode base = DATA.get("eip155");
        RlpList fields = (RlpList) Rlp.decode(hex(base.get("raw").asText()));
        for (JsonNode c : DATA.get("deriveChainId")) {
            long chainId = c.get("chainId").asLong();
            byte[] raw = Rlp.encode(withItem(fields, 6, RlpString.ofUnsigned(c.get("v").asLong())));
            if (chainId == 0) {
                assertTrue(((LegacyTransaction) EthTransactionDecoder.decode(raw, 314, NV).transaction()).isHomestead());
                continue;
            }
            long parity = c.get("v").asLong() - 2 * chainId - 35;
            if (parity == 0 || parity == 1) {
                assertEquals(chainId, EthTransactionDecoder.decode(raw, chainId, NV).transaction().chainId());
            }
            InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                    () -> EthTransactionDecoder.decode(raw, chainId + 1, NV));
            assertTrue(e.getMessage().contains("signs for chain ID " + chainId + ","), e.getMessage());
        }
    }

    /** {@code TestCalcEIP155TxSignatureLen}: 65 bytes of r ‖ s, the prefix, and v in minimal big-endian. */
    @Test
    void eip155SignatureLength() {
        for (JsonNode c : DATA.get("eip155SignatureLength")) {
            LegacyTransaction tx = new LegacyTransaction(c.get("chainId").asLong(), 0, BigInteger.ONE, 21000, null,
                    BigInteger.ZERO, new byte[0]);
            EthSignature sig = new EthSignature(BigInteger.ONE, BigInteger.ONE, 1);
            assertEquals(c.get("length").asInt(), tx.delegatedSignatureData(sig).length, c.toString());
        }
    }

    private static SignedEthTransaction checkLegacy(JsonNode c, long chainId) {
        byte[] raw = hex(c.get("raw").asText());
        SignedEthTransaction stx = EthTransactionDecoder.decode(raw, chainId, NV);
        LegacyTransaction tx = (LegacyTransaction) stx.transaction();
        assertEquals(c.get("nonce").asLong(), tx.nonce());
        assertEquals(EthAddress.parse(c.get("to").asText()), tx.to());
        assertEquals(new BigInteger(c.get("value").asText()), tx.value());
        assertEquals(new BigInteger(c.get("gasPrice").asText()), tx.gasPrice());
        assertEquals(c.get("gasLimit").asLong(), tx.gasLimit());
        assertEquals(0, tx.input().length);
        assertEquals(TestData.integer(c.get("r").asText()), stx.signature().r());
        assertEquals(TestData.integer(c.get("s").asText()), stx.signature().s());
        EthAddress from = EthAddress.parse(c.get("from").asText());
        assertEquals(from, stx.sender());

        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        Message m = smsg.message();
        assertEquals(from.toFilecoinAddress(), m.from());
        assertEquals(tx.to().toFilecoinAddress(), m.to());
        assertEquals(tx.value(), m.value().atto());
        assertEquals(tx.gasLimit(), m.gasLimit());
        assertEquals(tx.gasPrice(), m.gasFeeCap().atto());
        assertEquals(tx.gasPrice(), m.gasPremium().atto());
        assertEquals(tx.nonce(), m.sequence());
        assertEquals(0, m.params().length);
        assertEquals(FilecoinTranslation.EVM_INVOKE_CONTRACT, m.methodNum());

        SignedEthTransaction back = FilecoinTranslation.fromSignedMessage(SignedMessage.decode(smsg.encode()), chainId);
        assertEquals(stx, back);
        assertArrayEquals(raw, back.encode());
        assertArrayEquals(Keccak.hash(raw), back.hash());
        return stx;
    }

    private static RlpList withItem(RlpList l, int i, RlpItem item) {
        List<RlpItem> items = new ArrayList<>(l.items());
        items.set(i, item);
        return RlpList.of(items);
    }
}
