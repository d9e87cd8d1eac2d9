package io.jfvm.syscalls;

import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.TokenAmount;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Syscall access to an actor's linear memory, with ref-fvm's checks ({@code fvm/src/syscalls/context.rs}):
 * offsets and lengths are u32 (the int bits are read unsigned), {@code off + len <= memory.len()} computed in 64
 * bits, failures are {@link io.jfvm.ipld.types.SyscallError}s with {@link ErrorNumber#ILLEGAL_ARGUMENT} rather than JVM
 * exceptions. Results are written little-endian and unaligned, as the packed {@code repr(C, packed)} structs.
 */
public final class ActorMemory {
    /** {@code MAX_CID_LEN}. */
    public static final int MAX_CID_LEN = 100;

    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger U128_LIMIT = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger U64_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ActorMemory() {}

    /** {@code check_bounds(off, len)}: {@code off + len <= mem.length} as unsigned 64-bit arithmetic. */
    public static boolean inBounds(byte[] mem, int off, int len) {
        return Integer.toUnsignedLong(off) + Integer.toUnsignedLong(len) <= mem.length;
    }

    public static void checkBounds(byte[] mem, int off, int len) {
        if (!inBounds(mem, off, len)) {
            throw SyscallError.illegalArgument("buffer " + Integer.toUnsignedString(off) + " (length "
                    + Integer.toUnsignedString(len) + ") out of bounds");
        }
    }

    /** {@code try_slice}, as a copy (kernels keep no reference into wasm memory). */
    public static byte[] slice(byte[] mem, int off, int len) {
        checkBounds(mem, off, len);
        return Arrays.copyOfRange(mem, off, off + len);
    }

    /** A fixed-size slice ({@code try_slice(off, N)}). */
    public static byte[] fixed(byte[] mem, int off, int n) {
        return slice(mem, off, n);
    }

    /** {@code read_cid(off)}: parses a CID from {@code mem[off..]} (to the end of memory). */
    public static Cid readCid(byte[] mem, int off) {
        if (Integer.toUnsignedLong(off) > mem.length) {
            throw SyscallError.illegalArgument("cid at offset " + Integer.toUnsignedString(off)
                    + " is out of bounds");
        }
        try {
            return Cid.parse(mem, off, 0).cid();
        } catch (RuntimeException e) {
            throw SyscallError.illegalArgument("failed to parse cid: " + e.getMessage());
        }
    }

    /**
     * {@code write_cid(cid, off, len)}: bounds-checks the whole buffer first (IllegalArgument), then
     * BufferTooSmall when the CID does not fit; returns the CID's length.
     */
    public static int writeCid(byte[] mem, Cid cid, int off, int len) {
        checkBounds(mem, off, len);
        byte[] bytes = cid.toBytes();
        if (bytes.length > MAX_CID_LEN) {
            throw new Fatal("cid of " + bytes.length + " bytes exceeds MAX_CID_LEN");
        }
        if (Integer.toUnsignedLong(len) < bytes.length) {
            throw SyscallError.of(ErrorNumber.BUFFER_TOO_SMALL, "cid output buffer is too small");
        }
        System.arraycopy(bytes, 0, mem, off, bytes.length);
        return bytes.length;
    }

    /** {@code read_address(off, len)}. */
    public static Address readAddress(byte[] mem, int off, int len) {
        byte[] bytes = slice(mem, off, len);
        try {
            return Address.fromBytes(bytes);
        } catch (RuntimeException e) {
            throw SyscallError.illegalArgument("invalid address: " + e.getMessage());
        }
    }

    /** UTF-8 text, IllegalArgument when invalid ({@code str::from_utf8}). */
    public static String readUtf8(byte[] mem, int off, int len) {
        return utf8(slice(mem, off, len));
    }

    public static String utf8(byte[] bytes) {
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw SyscallError.illegalArgument("invalid utf-8");
        }
    }

    // ---- packed little-endian writers (callers checked the struct's bounds) ----

    public static void putU32(byte[] mem, int off, int v) {
        I32.set(mem, off, v);
    }

    public static void putU64(byte[] mem, int off, long v) {
        I64.set(mem, off, v);
    }

    public static int getU32(byte[] mem, int off) {
        return (int) I32.get(mem, off);
    }

    public static long getU64(byte[] mem, int off) {
        return (long) I64.get(mem, off);
    }

    /**
     * {@code sys::TokenAmount{lo, hi}} (16 bytes). A negative amount or one of 2^128 or more fails the
     * {@code try_into} in ref-fvm, which is fatal.
     */
    public static void putTokenAmount(byte[] mem, int off, TokenAmount amount) {
        BigInteger atto = amount.atto();
        if (atto.signum() < 0 || atto.compareTo(U128_LIMIT) >= 0) {
            throw new Fatal("token amount " + atto + " does not fit in a u128");
        }
        putU64(mem, off, atto.and(U64_MASK).longValue());
        putU64(mem, off + 8, atto.shiftRight(64).longValue());
    }

    /** The u128 {@code (hi << 64) | lo} from two u64 halves. */
    public static TokenAmount tokenAmount(long hi, long lo) {
        BigInteger h = new BigInteger(Long.toUnsignedString(hi));
        BigInteger l = new BigInteger(Long.toUnsignedString(lo));
        return TokenAmount.ofAtto(h.shiftLeft(64).or(l));
    }
}
