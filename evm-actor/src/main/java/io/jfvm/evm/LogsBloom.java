package io.jfvm.evm;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 2048-bit logs bloom of a receipt or block (fevm.md §7; yellow paper §4.3.1; Lotus {@code EthBloomSet}): for
 * each log's address and each topic, h = keccak256(x); for i in 0..2, n = (h[2i] ‖ h[2i+1]) mod 2048 sets bit
 * n mod 8 of byte 255 − n/8.
 */
public final class LogsBloom {
    public static final int BYTES = 256;
    private static final int BITS = BYTES * 8;

    private final byte[] bits = new byte[BYTES];

    /** Adds {@code x} (an address's 20 bytes or a 32-byte topic). */
    public LogsBloom add(byte[] x) {
        byte[] h = Keccak.hash(x);
        for (int i = 0; i < 3; i++) {
            int n = (((h[2 * i] & 0xFF) << 8) | (h[2 * i + 1] & 0xFF)) % BITS;
            bits[BYTES - 1 - n / 8] |= (byte) (1 << (n % 8));
        }
        return this;
    }

    /** Adds the log's address and every topic (not its data). */
    public LogsBloom add(EthLog log) {
        add(log.address().toBytes());
        for (byte[] t : log.topics()) {
            add(t);
        }
        return this;
    }

    /** Adds every bit of {@code other}: a block's bloom is the OR of its receipts'. */
    public LogsBloom or(LogsBloom other) {
        for (int i = 0; i < BYTES; i++) {
            bits[i] |= other.bits[i];
        }
        return this;
    }

    /** True when every bit {@code x} would set is set: {@code x} may have been added (never a false negative). */
    public boolean mayContain(byte[] x) {
        LogsBloom single = new LogsBloom().add(x);
        for (int i = 0; i < BYTES; i++) {
            if ((single.bits[i] & ~bits[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The 256 bytes (a copy). */
    public byte[] toBytes() {
        return bits.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogsBloom b && Arrays.equals(b.bits, bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "0x" + HexFormat.of().formatHex(bits);
    }
}
