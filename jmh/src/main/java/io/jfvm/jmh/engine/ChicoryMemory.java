package io.jfvm.jmh.engine;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.jfvm.compiler.rt.Trap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Chicory's {@link Memory} over a jfvm {@link io.jfvm.compiler.rt.Memory}, so that jfvm's syscalls read and write
 * the actor's memory the same way whichever engine runs the code. The accesses are what Chicory's own
 * byte-array memory does (little-endian views of one byte array, replaced on growth); out-of-bounds accesses are
 * jfvm {@link Trap}s, as the syscall layer expects.
 */
final class ChicoryMemory implements Memory {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final io.jfvm.compiler.rt.Memory memory;
    private final int initialPages;
    private DataSegment[] segments = new DataSegment[0];

    ChicoryMemory(io.jfvm.compiler.rt.Memory memory) {
        this.memory = memory;
        this.initialPages = memory.pages();
    }

    /** The jfvm memory the syscalls see. */
    io.jfvm.compiler.rt.Memory jfvmMemory() {
        return memory;
    }

    private byte[] at(int addr, int size) {
        byte[] b = memory.bytes;
        if (addr < 0 || size < 0 || addr > b.length - size) {
            throw Trap.memoryOutOfBounds();
        }
        return b;
    }

    @Override
    public int pages() {
        return memory.pages();
    }

    @Override
    public int grow(int delta) {
        return memory.grow(delta);
    }

    @Override
    public int initialPages() {
        return initialPages;
    }

    @Override
    public int maximumPages() {
        return memory.maxPages();
    }

    @Override
    public boolean shared() {
        return false;
    }

    // The FVM rejects the threads proposal before code reaches an engine, so the atomics below cannot be called.

    @Override
    public Object lock(int address) {
        throw new UnsupportedOperationException("shared memory: the FVM does not enable threads");
    }

    @Override
    public int waitOn(int address, int expected, long timeout) {
        throw new UnsupportedOperationException("memory.atomic.wait32: the FVM does not enable threads");
    }

    @Override
    public int waitOn(int address, long expected, long timeout) {
        throw new UnsupportedOperationException("memory.atomic.wait64: the FVM does not enable threads");
    }

    @Override
    public int notify(int address, int maxThreads) {
        throw new UnsupportedOperationException("memory.atomic.notify: the FVM does not enable threads");
    }

    /** Copies the active segments in (offsets are MVP constant expressions) and keeps the passive ones. */
    @Override
    public void initialize(Instance instance, DataSegment[] dataSegments) {
        segments = dataSegments.clone();
        for (DataSegment s : dataSegments) {
            if (s instanceof ActiveDataSegment a) {
                write(offset(instance, a.offsetInstructions()), a.data());
            }
        }
    }

    private static int offset(Instance instance, List<Instruction> expr) {
        Instruction first = expr.get(0);
        if (first.opcode() == OpCode.I32_CONST) {
            return (int) first.operand(0);
        }
        if (first.opcode() == OpCode.GLOBAL_GET) {
            return (int) instance.global((int) first.operand(0)).getValue();
        }
        throw new IllegalStateException("data segment offset is not a constant expression: " + expr);
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        DataSegment s = segments[segmentId];
        byte[] data = s == null ? new byte[0] : s.data();
        if (offset < 0 || size < 0 || offset > data.length - size) {
            throw Trap.memoryOutOfBounds();
        }
        write(dest, data, offset, size);
    }

    @Override
    public void drop(int segment) {
        segments[segment] = null;
    }

    @Override
    public void write(int addr, byte[] data, int offset, int size) {
        System.arraycopy(data, offset, at(addr, size), addr, size);
    }

    @Override
    public byte read(int addr) {
        return at(addr, 1)[addr];
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        return Arrays.copyOfRange(at(addr, len), addr, addr + len);
    }

    @Override
    public void writeI32(int addr, int data) {
        INT.set(at(addr, 4), addr, data);
    }

    @Override
    public int readInt(int addr) {
        return (int) INT.get(at(addr, 4), addr);
    }

    @Override
    public void writeLong(int addr, long data) {
        LONG.set(at(addr, 8), addr, data);
    }

    @Override
    public long readLong(int addr) {
        return (long) LONG.get(at(addr, 8), addr);
    }

    @Override
    public void writeShort(int addr, short data) {
        SHORT.set(at(addr, 2), addr, data);
    }

    @Override
    public short readShort(int addr) {
        return (short) SHORT.get(at(addr, 2), addr);
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public void writeByte(int addr, byte data) {
        at(addr, 1)[addr] = data;
    }

    @Override
    public void writeF32(int addr, float data) {
        INT.set(at(addr, 4), addr, Float.floatToRawIntBits(data));
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public float readFloat(int addr) {
        return Float.intBitsToFloat(readInt(addr));
    }

    @Override
    public void writeF64(int addr, double data) {
        LONG.set(at(addr, 8), addr, Double.doubleToRawLongBits(data));
    }

    @Override
    public double readDouble(int addr) {
        return Double.longBitsToDouble(readLong(addr));
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public void zero() {
        Arrays.fill(memory.bytes, (byte) 0);
    }

    /** {@code toIndex} is exclusive, as Chicory's compiled {@code memory.fill} passes it. */
    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        Arrays.fill(at(fromIndex, toIndex - fromIndex), fromIndex, toIndex, value);
    }

    @Override
    public void copy(int dest, int src, int size) {
        at(src, size);
        System.arraycopy(memory.bytes, src, at(dest, size), dest, size);
    }
}
