package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our own cases for the strict RLP rules of fevm.md §5.2. */
class RlpTest {
    private static RlpException rejected(String input, int offset, String what) {
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(input)), input);
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
        assertTrue(e.getMessage().endsWith("at offset " + offset), e.getMessage());
        return e;
    }

    @Test
    void boundaryLengthsUseShortAndLongForms() {
        assertEquals("b7" + "ab".repeat(55), hex(Rlp.encode(RlpString.of(hex("ab".repeat(55))))));
        assertEquals("b838" + "ab".repeat(56), hex(Rlp.encode(RlpString.of(hex("ab".repeat(56))))));
        assertEquals("b90100" + "ab".repeat(256), hex(Rlp.encode(RlpString.of(hex("ab".repeat(256))))));
        List<RlpItem> items = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            items.add(RlpString.of(hex("aaaa")));
        }
        assertEquals("e1" + "82aaaa".repeat(11), hex(Rlp.encode(RlpList.of(items))));
        items.add(RlpString.of(hex("bb".repeat(25))));
        byte[] longList = Rlp.encode(RlpList.of(items));
        assertEquals("f83b" + "82aaaa".repeat(11) + "99" + "bb".repeat(25), hex(longList));
        assertEquals(RlpList.of(items), Rlp.decode(longList));
    }

    @Test
    void unsignedIntegersAreMinimal() {
        assertEquals("80", hex(Rlp.encode(RlpString.ofUnsigned(0))));
        assertEquals("7f", hex(Rlp.encode(RlpString.ofUnsigned(0x7f))));
        assertEquals("8180", hex(Rlp.encode(RlpString.ofUnsigned(0x80))));
        assertEquals("820400", hex(Rlp.encode(RlpString.ofUnsigned(1024))));
        assertEquals("88ffffffffffffffff", hex(Rlp.encode(RlpString.ofUnsigned(-1L))));
        assertEquals("80", hex(Rlp.encode(RlpString.ofUnsigned(BigInteger.ZERO))));
        assertEquals("a1" + "01" + "00".repeat(32), hex(Rlp.encode(RlpString.ofUnsigned(BigInteger.ONE.shiftLeft(256)))));
        assertThrows(IllegalArgumentException.class, () -> RlpString.ofUnsigned(BigInteger.ONE.negate()));
    }

    @Test
    void decodedItemsKnowTheirOffsets() {
        RlpList l = (RlpList) Rlp.decode(hex("c6" + "05" + "82abcd" + "c180"));
        assertEquals(0, l.offset());
        assertEquals(1, l.get(0).offset());
        assertEquals(2, l.get(1).offset());
        RlpList inner = (RlpList) l.get(2);
        assertEquals(5, inner.offset());
        assertEquals(6, inner.get(0).offset());
        assertEquals(-1, RlpString.of(new byte[0]).offset());
        // Offsets of a typed transaction count its type byte.
        RlpItem afterType = Rlp.decode(hex("02c3010203"), 1);
        assertEquals(1, afterType.offset());
        assertEquals(4, ((RlpList) afterType).get(2).offset());
    }

    @Test
    void rejectionsNameWhatAndWhere() {
        rejected("", 0, "empty");
        rejected("c3000102ff", 4, "1 trailing bytes");
        rejected("c28100", 1, "non-canonical single byte: 0x00");
        rejected("c1b8", 1, "truncated RLP string header");
        rejected("c3b80100", 1, "long form used for 1 bytes");
        rejected("b90000", 1, "leading zero byte");
        rejected("c28301", 1, "RLP string of 3 bytes overruns");
        rejected("c2c20101", 1, "RLP list of 2 bytes overruns");
        rejected("bc7fffffff" + "00", 0, "exceeds the input");
        rejected("bfffffffffffffffff00", 0, "exceeds the input");
    }

    @Test
    void inputIsAtMostTwoMebibytes() {
        int limit = Rlp.MAX_INPUT_BYTES;
        int contentAtLimit = limit - 4; // prefix ba, then 3 length bytes
        byte[] atLimit = new byte[limit];
        atLimit[0] = (byte) 0xba;
        atLimit[1] = (byte) (contentAtLimit >>> 16);
        atLimit[2] = (byte) (contentAtLimit >>> 8);
        atLimit[3] = (byte) contentAtLimit;
        assertEquals(contentAtLimit, ((RlpString) Rlp.decode(atLimit)).bytes().length);
        byte[] over = new byte[limit + 1];
        over[0] = (byte) 0x80;
        RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(over));
        assertTrue(e.getMessage().contains("exceeds the limit of 2097152"), e.getMessage());
    }

    @Test
    void listsHoldAtMostTwelveItems() {
        assertEquals(12, ((RlpList) Rlp.decode(hex("cc" + "01".repeat(12)))).size());
        rejected("cd" + "01".repeat(13), 13, "more than 12 items");
        // The limit is per list, not per transaction.
        String twelveOfTwelve = "cc" + "01".repeat(12);
        RlpList nested = (RlpList) Rlp.decode(hex("f8" + String.format("%02x", 13 * 12) + twelveOfTwelve.repeat(12)));
        assertEquals(12, nested.size());
    }

    @Test
    void itemsSitAtMostThirtyTwoListsDeep() {
        assertEquals(33, depth(Rlp.decode(hex(nested(32, "42")))));
        rejected(nested(33, "42"), 33, "nested more than 32 lists deep");
        // An empty list at depth 32 has no item below it.
        assertEquals(33, depth(Rlp.decode(hex(nested(32, "c0")))));
        rejected(nested(33, "c0"), 33, "nested more than 32 lists deep");
    }

    /** {@code levels} lists wrapping {@code leaf}. */
    private static String nested(int levels, String leaf) {
        String s = leaf;
        for (int i = 0; i < levels; i++) {
            s = String.format("%02x", 0xc0 + s.length() / 2) + s;
        }
        return s;
    }

    private static int depth(RlpItem item) {
        return item instanceof RlpList l && l.size() == 1 ? 1 + depth(l.get(0)) : 1;
    }

    @Test
    void encodeOfDecodeIsIdentity() {
        for (String s : new String[] {"80", "00", "8180", "c0", "c180", "c3c2c180", "b838" + "00".repeat(56),
            "f838b7" + "00".repeat(55)}) {
            assertArrayEquals(hex(s), Rlp.encode(Rlp.decode(hex(s))), s);
        }
    }
}
