package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.SignedMessage;
import org.junit.jupiter.api.Test;

/** Lotus's EIP-1559 cases on the devnet chain 31415926 ({@code lotus/eip1559.json}). */
class Eip1559LotusTest {
    private static final JsonNode DATA = TestData.json("lotus/eip1559.json");
    private static final int NV = 18;

    /** {@code TestEIP1559Signatures}: r, s and v of raw transactions, also after the trip through a signature. */
    @Test
    void signatures() {
        JsonNode sigs = DATA.get("signatures");
        long chainId = sigs.get("chainId").asLong();
        assertEquals(2, sigs.get("cases").size());
        for (JsonNode c : sigs.get("cases")) {
            SignedEthTransaction stx = EthTransactionDecoder.decode(hex(c.get("raw").asText()), chainId, NV);
            assertEquals(TestData.integer(c.get("r").asText()), stx.signature().r());
            assertEquals(TestData.integer(c.get("s").asText()), stx.signature().s());
            assertEquals(TestData.integer(c.get("v").asText()), stx.v());
            SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
            assertEquals(stx.signature(), FilecoinTranslation.fromSignedMessage(smsg, chainId).signature());
        }
        assertThrows(InvalidTransactionException.class,
                () -> EthTransactionDecoder.decode(hex(DATA.get("notATransaction").asText()), chainId, NV));
    }

    /** {@code TestDecode1}: a devnet transaction and the f410 sender Lotus recovers from it. */
    @Test
    void decode1() {
        JsonNode d = DATA.get("decode1");
        byte[] raw = hex(d.get("raw").asText());
        SignedEthTransaction stx = EthTransactionDecoder.decode(raw, d.get("chainId").asLong(), NV);
        assertEquals(Address.parse(d.get("sender").asText()), Address.fromEthAddress(stx.sender().toBytes()));
        assertEquals(Address.parse(d.get("sender").asText()), FilecoinTranslation.toSignedMessage(stx).message().from());
        assertArrayEquals(raw, stx.encode());
    }
}
