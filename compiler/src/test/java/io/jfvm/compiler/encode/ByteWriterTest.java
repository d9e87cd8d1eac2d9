package io.jfvm.compiler.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** LEB128 numbers are written in their shortest form. */
class ByteWriterTest {

    @Test
    void unsignedLeb128IsCanonical() {
        assertArrayEquals(bytes(0x00), u32(0));
        assertArrayEquals(bytes(0x7F), u32(127));
        assertArrayEquals(bytes(0x80, 0x01), u32(128));
        assertArrayEquals(bytes(0xE5, 0x8E, 0x26), u32(624485));
        assertArrayEquals(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x0F), u32(0xFFFF_FFFFL));
    }

    @Test
    void unsignedOutOfRangeIsRejected() {
        ByteWriter w = new ByteWriter();
        assertThrows(IllegalArgumentException.class, () -> w.writeU32(-1, "x"));
        assertThrows(IllegalArgumentException.class, () -> w.writeU32(0x1_0000_0000L, "x"));
    }

    @Test
    void signedLeb128IsCanonical() {
        assertArrayEquals(bytes(0x00), signed(0));
        assertArrayEquals(bytes(0x3F), signed(63));
        assertArrayEquals(bytes(0xC0, 0x00), signed(64));
        assertArrayEquals(bytes(0x7F), signed(-1));
        assertArrayEquals(bytes(0x40), signed(-64));
        assertArrayEquals(bytes(0xBF, 0x7F), signed(-65));
        assertArrayEquals(bytes(0xC0, 0xBB, 0x78), signed(-123456));
        assertArrayEquals(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x07), signed(Integer.MAX_VALUE));
        assertArrayEquals(bytes(0x80, 0x80, 0x80, 0x80, 0x78), signed(Integer.MIN_VALUE));
        assertArrayEquals(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00), signed(Long.MAX_VALUE));
        assertArrayEquals(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F), signed(Long.MIN_VALUE));
    }

    @Test
    void namesAreUtf8AndUnpairedSurrogatesRejected() {
        ByteWriter w = new ByteWriter();
        w.writeName("é");
        assertArrayEquals(bytes(0x02, 0xC3, 0xA9), w.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> new ByteWriter().writeName("\uD800"));
    }

    private static byte[] u32(long v) {
        ByteWriter w = new ByteWriter();
        w.writeU32(v, "test value");
        return w.toByteArray();
    }

    private static byte[] signed(long v) {
        ByteWriter w = new ByteWriter();
        w.writeSigned(v);
        return w.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
