package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lotus's RLP tables ({@code lotus/rlp.json}, from {@code rlp_test.go}) against our codec. */
class RlpLotusTest {
    private static final JsonNode DATA = TestData.json("lotus/rlp.json");

    /** A JSON string is a byte string, a JSON array a list. */
    private static RlpItem item(JsonNode n) {
        if (n.isTextual()) {
            return RlpString.of(hex(n.asText()));
        }
        List<RlpItem> items = new ArrayList<>();
        n.forEach(c -> items.add(item(c)));
        return RlpList.of(items);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(c -> out.add(c.asText()));
        return out;
    }

    private static void rejected(String input) {
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(input)), input);
        assertTrue(e.getMessage().contains("at offset " + e.offset()), e.getMessage());
    }

    @Test
    void encode() {
        assertEquals(9, DATA.get("encode").size());
        for (JsonNode c : DATA.get("encode")) {
            String expected = c.get("output").asText().substring(2);
            assertEquals(expected, hex(Rlp.encode(item(c.get("input")))));
            assertEquals(item(c.get("input")), Rlp.decode(hex(expected)));
        }
    }

    @Test
    void decodeStringsAndLists() {
        for (String table : new String[] {"decodeString", "decodeList"}) {
            for (JsonNode c : DATA.get(table)) {
                String input = c.get("input").asText();
                assertEquals(item(c.get("output")), Rlp.decode(hex(input)), input);
            }
        }
    }

    @Test
    void transactionsRoundTrip() {
        List<String> txs = strings(DATA.get("roundtripTx"));
        assertEquals(4, txs.size());
        for (String tx : txs) {
            assertArrayEquals(hex(tx), Rlp.encode(Rlp.decode(hex(tx))));
        }
    }

    @Test
    void malformedInputIsRejected() {
        for (String table : new String[] {"negativeLength", "decodeError", "lengthMismatch"}) {
            List<String> inputs = strings(DATA.get(table));
            assertTrue(inputs.size() >= 4, table);
            inputs.forEach(RlpLotusTest::rejected);
        }
    }

    @Test
    void nonCanonicalEncodingsAreRejected() {
        JsonNode c = DATA.get("canonical");
        for (String s : strings(c.get("singleByteWrapped"))) {
            RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(s)));
            assertTrue(e.getMessage().contains("non-canonical single byte"), e.getMessage());
            assertEquals(0, e.offset());
        }
        assertEquals(RlpString.of(hex("80")), Rlp.decode(hex(c.get("smallestWrappedByte").asText())));
        for (String table : new String[] {"longStringForShort", "longListForShort", "leadingZeroLength"}) {
            for (String s : strings(c.get(table))) {
                RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(s)), s);
                assertTrue(e.getMessage().contains("non-canonical"), e.getMessage());
            }
        }
    }

    @Test
    void limits() {
        JsonNode l = DATA.get("limits");
        rejected(l.get("nestingExceedsLimit").asText());
        RlpItem atLimit = Rlp.decode(hex(l.get("nestingAtLimit").asText()));
        for (int i = 0; i < Rlp.MAX_DEPTH; i++) {
            assertEquals(1, ((RlpList) atLimit).size(), "depth " + i);
            atLimit = ((RlpList) atLimit).get(0);
        }
        assertEquals(RlpString.of(hex("42")), atLimit);
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(l.get("tooManyListItems").asText())));
        assertTrue(e.getMessage().contains("more than 12 items"), e.getMessage());
    }
}
