package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.Signature;
import io.jfvm.ipld.types.SignedMessage;
import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Lotus's {@code TestEthTransactionFromSignedFilecoinMessage} ({@code lotus/signed-message.json}): hand-made
 * signed messages with placeholder signatures, mapped back to Ethereum transactions on chain 314.
 */
class SignedMessageLotusTest {
    private static final JsonNode DATA = TestData.json("lotus/signed-message.json");
    private static final long CHAIN_ID = DATA.get("chainId").asLong();
    private static final EthAddress FROM = EthAddress.fromPublicKey(hex(DATA.get("senderPublicKey").asText()));
    private static final Address TO = Address.parse(DATA.get("to").asText());

    private static SignedMessage message(long premium, String signature) {
        JsonNode m = DATA.get("message");
        Message msg = new Message(0, TO, FROM.toFilecoinAddress(), m.get("nonce").asLong(),
                TokenAmount.ofAtto(m.get("value").asLong()), m.get("gasLimit").asLong(),
                TokenAmount.ofAtto(m.get("gasFeeCap").asLong()), TokenAmount.ofAtto(premium), m.get("method").asLong(),
                new byte[0]);
        byte[] sig = hex(signature);
        return new SignedMessage(msg, new Signature(Signature.DELEGATED, sig));
    }

    private static long lotusPremium() {
        return DATA.get("message").get("gasPremium").asLong();
    }

    @Test
    void eip1559() {
        SignedMessage smsg = message(lotusPremium(), DATA.get("eip1559Signature").asText());
        SignedEthTransaction stx = FilecoinTranslation.fromSignedMessage(smsg, CHAIN_ID);
        Eip1559Transaction tx = (Eip1559Transaction) stx.transaction();
        assertEquals(CHAIN_ID, tx.chainId());
        assertEquals(BigInteger.TEN, tx.value());
        assertEquals(BigInteger.valueOf(11), tx.maxFeePerGas());
        assertEquals(BigInteger.valueOf(12), tx.maxPriorityFeePerGas());
        assertEquals(13, tx.gasLimit());
        assertEquals(14, tx.nonce());
        assertEquals(EthAddress.maskedId(1), tx.to());
        assertEquals(0, tx.input().length);
        assertEquals(BigInteger.ONE.shiftLeft(248), stx.signature().r());
        assertEquals(BigInteger.ZERO, stx.signature().s());
        assertEquals(BigInteger.ZERO, stx.v());
        // The placeholder signature maps back to the message's own bytes, though no sender can be recovered from it.
        assertEquals(smsg.signature(), stx.delegatedSignature());
        assertThrows(InvalidSignatureException.class, stx::sender);
    }

    /**
     * Lotus's legacy case has premium 12 and fee cap 11; Lotus ignores the premium. A legacy transaction always
     * makes them equal, so we refuse the mismatch and map the message with equal fees.
     */
    @Test
    void legacy() {
        String sig = DATA.get("legacySignature").asText();
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> FilecoinTranslation.fromSignedMessage(message(lotusPremium(), sig), CHAIN_ID));
        assertTrue(e.getMessage().contains("got premium 12 and fee cap 11"), e.getMessage());

        SignedMessage smsg = message(11, sig);
        SignedEthTransaction stx = FilecoinTranslation.fromSignedMessage(smsg, CHAIN_ID);
        LegacyTransaction tx = (LegacyTransaction) stx.transaction();
        assertTrue(tx.isHomestead());
        assertEquals(0, tx.chainId());
        assertEquals(BigInteger.TEN, tx.value());
        assertEquals(BigInteger.valueOf(11), tx.gasPrice());
        assertEquals(13, tx.gasLimit());
        assertEquals(14, tx.nonce());
        assertEquals(EthAddress.maskedId(1), tx.to());
        assertEquals(BigInteger.valueOf(27), stx.v());
        assertEquals(smsg.signature(), stx.delegatedSignature());
        assertEquals(smsg.message(), FilecoinTranslation.toMessage(tx, FROM));
    }

    @Test
    void invalidSignature() {
        Message create = new Message(0, FilecoinTranslation.EAM_ADDRESS, FROM.toFilecoinAddress(), 0, TokenAmount.ZERO, 0,
                TokenAmount.ZERO, TokenAmount.ZERO, FilecoinTranslation.EAM_CREATE_EXTERNAL, new byte[0]);
        SignedMessage smsg = new SignedMessage(create,
                new Signature(Signature.DELEGATED, hex(DATA.get("invalidSignature").asText())));
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> FilecoinTranslation.fromSignedMessage(smsg, CHAIN_ID));
        assertTrue(e.getMessage().contains("unsupported delegated signature: 1 bytes"), e.getMessage());
        // The same message with a 65-byte signature is a creation: no receiver.
        SignedMessage ok = new SignedMessage(create, new Signature(Signature.DELEGATED, new byte[65]));
        assertNull(FilecoinTranslation.fromSignedMessage(ok, CHAIN_ID).transaction().to());
    }
}
