package io.jfvm.compiler.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Loads, stores and bulk operations on linear memory, called from generated code. Each takes the address and
 * the static offset as unsigned 32-bit values and traps when any byte of the access is out of bounds. Small
 * static methods, so that HotSpot inlines them and each access costs one {@code invokestatic} of bytecode.
 */
public final class MemoryAccess {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private MemoryAccess() {}

    public static int loadI32(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        return (int) I32.get(b, (int) ea);
    }

    public static long loadI64(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 8L) {
            throw Trap.memoryOutOfBounds();
        }
        return (long) I64.get(b, (int) ea);
    }

    public static float loadF32(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        return Float.intBitsToFloat((int) I32.get(b, (int) ea));
    }

    public static double loadF64(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 8L) {
            throw Trap.memoryOutOfBounds();
        }
        return Double.longBitsToDouble((long) I64.get(b, (int) ea));
    }

    public static int loadI32_8s(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 1L) {
            throw Trap.memoryOutOfBounds();
        }
        return b[(int) ea];
    }

    public static int loadI32_8u(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 1L) {
            throw Trap.memoryOutOfBounds();
        }
        return b[(int) ea] & 0xFF;
    }

    public static int loadI32_16s(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 2L) {
            throw Trap.memoryOutOfBounds();
        }
        return (short) I16.get(b, (int) ea);
    }

    public static int loadI32_16u(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 2L) {
            throw Trap.memoryOutOfBounds();
        }
        return ((short) I16.get(b, (int) ea)) & 0xFFFF;
    }

    public static long loadI64_8s(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 1L) {
            throw Trap.memoryOutOfBounds();
        }
        return b[(int) ea];
    }

    public static long loadI64_8u(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 1L) {
            throw Trap.memoryOutOfBounds();
        }
        return b[(int) ea] & 0xFFL;
    }

    public static long loadI64_16s(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 2L) {
            throw Trap.memoryOutOfBounds();
        }
        return (short) I16.get(b, (int) ea);
    }

    public static long loadI64_16u(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 2L) {
            throw Trap.memoryOutOfBounds();
        }
        return ((short) I16.get(b, (int) ea)) & 0xFFFFL;
    }

    public static long loadI64_32s(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        return (int) I32.get(b, (int) ea);
    }

    public static long loadI64_32u(int addr, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        return ((int) I32.get(b, (int) ea)) & 0xFFFFFFFFL;
    }

    public static void storeI32(int addr, int v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        I32.set(b, (int) ea, v);
    }

    public static void storeI64(int addr, long v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 8L) {
            throw Trap.memoryOutOfBounds();
        }
        I64.set(b, (int) ea, v);
    }

    public static void storeF32(int addr, float v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        I32.set(b, (int) ea, Float.floatToRawIntBits(v));
    }

    public static void storeF64(int addr, double v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 8L) {
            throw Trap.memoryOutOfBounds();
        }
        I64.set(b, (int) ea, Double.doubleToRawLongBits(v));
    }

    public static void storeI32_8(int addr, int v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 1L) {
            throw Trap.memoryOutOfBounds();
        }
        b[(int) ea] = (byte) v;
    }

    public static void storeI32_16(int addr, int v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 2L) {
            throw Trap.memoryOutOfBounds();
        }
        I16.set(b, (int) ea, (short) v);
    }

    public static void storeI64_8(int addr, long v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 1L) {
            throw Trap.memoryOutOfBounds();
        }
        b[(int) ea] = (byte) v;
    }

    public static void storeI64_16(int addr, long v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 2L) {
            throw Trap.memoryOutOfBounds();
        }
        I16.set(b, (int) ea, (short) v);
    }

    public static void storeI64_32(int addr, long v, int offset, Memory m) {
        byte[] b = m.bytes;
        long ea = (addr & 0xFFFFFFFFL) + (offset & 0xFFFFFFFFL);
        if (ea > b.length - 4L) {
            throw Trap.memoryOutOfBounds();
        }
        I32.set(b, (int) ea, (int) v);
    }

    public static int size(Memory m) {
        return m.pages();
    }

    public static int grow(int delta, Memory m) {
        return m.grow(delta);
    }

    /** {@code memory.fill}. */
    public static void fill(int dst, int value, int count, Memory m) {
        byte[] b = m.bytes;
        if ((dst & 0xFFFFFFFFL) + (count & 0xFFFFFFFFL) > b.length) {
            throw Trap.memoryOutOfBounds();
        }
        Arrays.fill(b, dst, dst + count, (byte) value);
    }

    /** {@code memory.copy}; overlapping ranges copy as if through a temporary buffer. */
    public static void copy(int dst, int src, int count, Memory m) {
        byte[] b = m.bytes;
        long n = count & 0xFFFFFFFFL;
        if ((dst & 0xFFFFFFFFL) + n > b.length || (src & 0xFFFFFFFFL) + n > b.length) {
            throw Trap.memoryOutOfBounds();
        }
        System.arraycopy(b, src, b, dst, count);
    }

    /** {@code memory.init} from a data segment. */
    public static void init(Memory m, byte[] segment, int dst, int src, int count) {
        long n = count & 0xFFFFFFFFL;
        if ((src & 0xFFFFFFFFL) + n > segment.length || m == null && n > 0
                || m != null && (dst & 0xFFFFFFFFL) + n > m.bytes.length) {
            throw Trap.memoryOutOfBounds();
        }
        if (n > 0) {
            System.arraycopy(segment, src, m.bytes, dst, count);
        }
    }
}
