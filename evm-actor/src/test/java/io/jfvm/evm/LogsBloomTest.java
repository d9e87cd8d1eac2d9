package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogsBloomTest {
    /**
     * The null address by hand: keccak256(20 zero bytes) = 5380 c7b7 ae81 …; 0x5380 mod 2048 = 896 → byte 255 − 112,
     * bit 0; 0xc7b7 mod 2048 = 1975 → byte 9, bit 7; 0xae81 mod 2048 = 1665 → byte 47, bit 1.
     */
    @Test
    void bitsOfOneAddress() {
        assertEquals("5380c7b7ae81a58eb98d9c78de4a1fd7fd9535fc953ed2be602daaa41767312a", hex(Keccak.hash(new byte[20])));
        byte[] expected = new byte[LogsBloom.BYTES];
        expected[143] = 0x01;
        expected[9] = (byte) 0x80;
        expected[47] = 0x02;
        assertEquals(hex(expected), hex(new LogsBloom().add(new byte[20]).toBytes()));
    }

    @Test
    void logsAddTheirAddressAndTopicsButNotTheirData() {
        byte[] topic = Keccak.hash("Transfer(address,address,uint256)".getBytes());
        EthLog log = new EthLog(EthAddress.NULL, List.of(topic), hex("ffff"));
        LogsBloom byParts = new LogsBloom().add(new byte[20]).add(topic);
        assertEquals(byParts, new LogsBloom().add(log));
        assertTrue(byParts.mayContain(topic));
        assertTrue(byParts.mayContain(new byte[20]));
        assertFalse(byParts.mayContain(hex("ffff")));
        assertEquals(new LogsBloom(), new LogsBloom());
        assertEquals("0x" + "00".repeat(256), new LogsBloom().toString());
    }

    @Test
    void blocksOrTheirReceipts() {
        LogsBloom a = new LogsBloom().add(hex("01"));
        LogsBloom b = new LogsBloom().add(hex("02"));
        LogsBloom both = new LogsBloom().or(a).or(b);
        assertEquals(new LogsBloom().add(hex("01")).add(hex("02")), both);
        assertTrue(both.mayContain(hex("01")) && both.mayContain(hex("02")));
        int bits = 0;
        for (byte x : a.toBytes()) {
            bits += Integer.bitCount(x & 0xFF);
        }
        assertTrue(bits >= 1 && bits <= 3, "one item sets at most three bits, got " + bits);
    }
}
