package io.jfvm.syscalls;

import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.OutOfGasException;
import io.jfvm.gas.instrument.GasMeteringPass;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.FvmVersion;

/**
 * The syscall side of one actor instance (ref-fvm {@code InvocationData}): the kernel, the instance whose
 * exported memory the syscalls read and write, the wasm gas counter, and the gas hand-off state.
 *
 * <p>The gas hand-off ({@code fvm/src/syscalls/mod.rs}, {@code bind.rs}):
 * <ul>
 *   <li>{@link #updateGasAvailable()}: counter := tracker's available milligas; remember it as
 *       {@code last_available} (v3 also remembers the memory size). Called before {@code invoke} and at the end
 *       of every syscall that returns to wasm.</li>
 *   <li>{@link #chargeForExec()}: charge what wasm used since the last sync. v2: {@code used =
 *       last.saturating_sub(counter)} and {@code last := counter} (one {@code wasm_exec} charge). v3:
 *       {@code last - counter} (or {@code last + |counter|} when the counter went negative), split into
 *       {@code wasm_exec} and {@code wasm_memory_grow}; {@code last} is <em>not</em> updated. Called at the start
 *       of every syscall and after {@code invoke} returns or traps.</li>
 *   <li>Every syscall: {@code charge_for_exec}, {@code OnSyscall}, then for value syscalls the {@code ret_ptr}
 *       check, which on failure returns IllegalArgument <em>without</em> {@code update_gas_available} (the
 *       early-return quirk: v3 then charges the pre-syscall exec gas a second time at the next sync; v2 does not,
 *       because its {@code charge_for_exec} already moved {@code last}, but the counter keeps the gas the
 *       tracker already charged until the next sync).</li>
 * </ul>
 */
public final class SyscallContext {
    final Kernel kernel;
    final FvmVersion version;
    private InstanceAccess instance;
    private Memory memory;
    /** The milligas available at the last {@link #updateGasAvailable()} (v2: or the last exec settlement). */
    private long lastAvailable;
    /** v3: memory bytes at the last sync (for the wasm_memory_grow split, which only affects traces). */
    private long lastMemoryBytes;
    private SyscallException lastError;

    SyscallContext(Kernel kernel, FvmVersion version) {
        this.kernel = kernel;
        this.version = version;
    }

    /**
     * The index of the {@value GasMeteringPass#GAS_COUNTER_INTRINSIC} global intrinsic of a module compiled
     * with the FVM instrumentation.
     *
     * @throws IllegalArgumentException when the module was not instrumented with intrinsics
     */
    public static int gasCounterGlobal(CompiledModule module) {
        return gasCounterGlobal(module.shape());
    }

    public static int gasCounterGlobal(Module shape) {
        for (var e : shape.globalIntrinsics().entrySet()) {
            if (GasMeteringPass.GAS_COUNTER_INTRINSIC.equals(e.getValue().name())) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("module has no " + GasMeteringPass.GAS_COUNTER_INTRINSIC
                + " global intrinsic: it was not compiled with the FVM instrumentation (intrinsics on)");
    }

    /**
     * Attaches the instance created with this context's syscalls. Its exported {@code memory} is what the
     * syscalls access; a module without a {@code memory} export is Fatal, as in ref-fvm.
     */
    public void attach(InstanceAccess instance) {
        if (this.instance != null) {
            throw new IllegalStateException("syscall context already attached to an instance");
        }
        Memory m = instance.exportedMemory();
        if (m == null) {
            throw Abort.fatal("actor has no memory export");
        }
        this.instance = instance;
        this.memory = m;
    }

    public Kernel kernel() {
        return kernel;
    }

    public FvmVersion version() {
        return version;
    }

    /** The error of the last failed syscall (for backtraces); cleared by a successful one. */
    public SyscallException lastError() {
        return lastError;
    }

    /** The wasm gas counter (milligas). */
    public long gasCounter() {
        return instance.gasCounter();
    }

    /** {@code last_gas_available} in milligas. */
    public long lastGasAvailable() {
        return lastAvailable;
    }

    /** The current bytes of the actor's memory (re-read: memory.grow replaces the array). */
    byte[] mem() {
        return memory.bytes;
    }

    /** {@code update_gas_available}: pushes the tracker's available gas into the wasm counter. */
    public void updateGasAvailable() {
        long avail = kernel.gasTracker().available();
        if (avail < 0) {
            throw Abort.fatal("available milligas is negative: " + avail);
        }
        instance.setGasCounter(avail);
        lastAvailable = avail;
        if (version != FvmVersion.V2) {
            lastMemoryBytes = memory.bytes.length;
        }
    }

    /**
     * {@code charge_for_exec}: charges the gas the wasm code used since the last sync.
     *
     * @throws Abort.OutOfGas when the tracker runs out (including a negative counter, which always does)
     */
    public void chargeForExec() {
        long counter = gasCounter();
        GasTracker tracker = kernel.gasTracker();
        try {
            if (version == FvmVersion.V2) {
                long used = saturatingSub(lastAvailable, counter);
                lastAvailable = counter;
                tracker.charge("wasm_exec", used);
            } else {
                long exec = counter < 0 ? saturatingAddUnsigned(lastAvailable, -counter)
                        : unsignedSaturatingSub(lastAvailable, counter);
                long grown = Math.max(0, memory.bytes.length - lastMemoryBytes);
                long memGas = grown == 0 ? 0 : kernel.priceList().growMemoryGas(grown);
                if (Long.compareUnsigned(memGas, exec) <= 0) {
                    exec -= memGas;
                } else {
                    memGas = exec;
                    exec = 0;
                }
                tracker.charge("wasm_exec", clampToLong(exec));
                if (memGas != 0) {
                    tracker.charge("wasm_memory_grow", clampToLong(memGas));
                }
            }
        } catch (OutOfGasException e) {
            throw Abort.outOfGas(e);
        }
    }

    /**
     * v3 {@code charge_for_init}: {@code wasm_table_init} (only for a table export named {@code table}) then
     * {@code wasm_memory_init} for the minimum memory of the module's {@code memory} export. FVM v2 charges
     * nothing. Call before instantiating, as ref-fvm does.
     */
    public static void chargeForInit(Kernel kernel, FvmVersion version, Module shape) {
        if (version == FvmVersion.V2) {
            return;
        }
        long minMemory = -1;
        long minTable = -1;
        for (Export e : shape.exports()) {
            if (e.kind() == ExternKind.MEMORY && e.name().equals("memory")) {
                minMemory = shape.memoryType(e.index()).limits().min() * (long) Memory.PAGE_SIZE;
            } else if (e.kind() == ExternKind.TABLE && e.name().equals("table")) {
                minTable = shape.tableType(e.index()).limits().min();
            }
        }
        if (minMemory < 0) {
            throw Abort.fatal("actor has no memory export");
        }
        try {
            if (minTable >= 0) {
                kernel.gasTracker().charge("wasm_table_init", kernel.priceList().initTableGas(minTable));
            }
            kernel.gasTracker().charge("wasm_memory_init", kernel.priceList().initMemoryGas(minMemory));
        } catch (OutOfGasException e) {
            throw Abort.outOfGas(e);
        }
    }

    // ---------------------------------------------------------------- the per-syscall wrapper

    /** Start of a syscall without a return value: settle exec gas, charge OnSyscall. */
    void enter() {
        chargeForExec();
        try {
            kernel.gasTracker().apply(kernel.priceList().onSyscall());
        } catch (OutOfGasException e) {
            throw Abort.outOfGas(e);
        }
    }

    /**
     * Start of a syscall with a {@code size}-byte result at {@code ret}: {@link #enter()}, then the ret-pointer
     * check. False means the syscall must return IllegalArgument at once, without the gas write-back.
     */
    boolean enter(int ret, int size) {
        enter();
        if (!ActorMemory.inBounds(memory.bytes, ret, size)) {
            lastError = SyscallException.illegalArgument("no space for return value");
            return false;
        }
        return true;
    }

    /** A syscall succeeded: write the gas back, return 0. */
    int ok() {
        lastError = null;
        updateGasAvailable();
        return 0;
    }

    /** A syscall failed with a syscall error: write the gas back, return its number. */
    int fail(SyscallException e) {
        lastError = e;
        updateGasAvailable();
        return e.errorNumber().code();
    }

    static final int ILLEGAL_ARGUMENT = ErrorNumber.ILLEGAL_ARGUMENT.code();

    static Abort outOfGas(OutOfGasException e) {
        return Abort.outOfGas(e);
    }

    private static long saturatingSub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** u64 {@code a - b} saturating at 0 (both non-negative here). */
    private static long unsignedSaturatingSub(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 0 : a - b;
    }

    /** u64 {@code a + b} saturating at u64::MAX (returned as raw bits). */
    private static long saturatingAddUnsigned(long a, long b) {
        long r = a + b;
        return Long.compareUnsigned(r, a) < 0 ? -1L : r;
    }

    /** A u64 milligas amount for the tracker: above i64::MAX it exceeds every limit anyway. */
    private static long clampToLong(long u64) {
        return u64 < 0 ? Long.MAX_VALUE : u64;
    }
}
