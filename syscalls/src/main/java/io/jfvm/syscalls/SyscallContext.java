package io.jfvm.syscalls;

import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.gas.instrument.GasMeteringPass;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;

/**
 * The syscall side of one actor instance (ref-fvm {@code InvocationData}): the kernel, the instance whose exported
 * memory the syscalls read and write, the wasm gas counter, the gas hand-off state, and the one frame every syscall
 * runs in (ref-fvm's {@code bind.rs} binder):
 * <ol>
 *   <li>{@code charge_for_exec} (the line's {@link SyscallAbi} settles what wasm used since the last sync), then
 *       {@code OnSyscall};</li>
 *   <li>for a syscall with a result, the {@code ret} pointer check: on failure the syscall returns IllegalArgument
 *       <em>without</em> {@code update_gas_available} (ref-fvm's early return, which v3 then charges again at the
 *       next sync);</li>
 *   <li>the body: success returns 0, a {@link SyscallError} returns its number, and either writes the tracker's
 *       available gas back into the counter ({@code update_gas_available}); an {@link ActorExit} also writes it back
 *       and then unwinds; {@link io.jfvm.ipld.types.OutOfGas} and {@link Fatal} unwind as they are.</li>
 * </ol>
 */
public final class SyscallContext {
    private static final int ILLEGAL_ARGUMENT = ErrorNumber.ILLEGAL_ARGUMENT.code();

    final Kernel kernel;
    private final SyscallAbi abi;
    private InstanceAccess instance;
    private Memory memory;
    /** The milligas available at the last {@link #updateGasAvailable()} (v2: or the last exec settlement). */
    long lastAvailable;
    /** Memory bytes at the last sync (v3 and later split memory growth out of the exec charge). */
    long lastMemoryBytes;
    private SyscallError lastError;

    SyscallContext(Kernel kernel, SyscallAbi abi) {
        this.kernel = kernel;
        this.abi = abi;
    }

    /** A syscall body: it reads its arguments, calls the kernel and writes its result into memory. */
    @FunctionalInterface
    interface Body {
        void run();
    }

    /**
     * The index of the {@value GasMeteringPass#GAS_COUNTER_INTRINSIC} global intrinsic of a module compiled with the
     * FVM instrumentation.
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
     * Attaches the instance created with this context's syscalls. Its exported {@code memory} is what the syscalls
     * access; a module without a {@code memory} export is Fatal, as in ref-fvm.
     */
    public void attach(InstanceAccess instance) {
        if (this.instance != null) {
            throw new IllegalStateException("syscall context already attached to an instance");
        }
        Memory m = instance.exportedMemory();
        if (m == null) {
            throw new Fatal("actor has no memory export");
        }
        this.instance = instance;
        this.memory = m;
    }

    public Kernel kernel() {
        return kernel;
    }

    public SyscallAbi abi() {
        return abi;
    }

    /** The error of the last failed syscall (for backtraces); cleared by a successful one. */
    public SyscallError lastError() {
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

    /** The current size of the actor's memory in bytes. */
    long memoryBytes() {
        return memory.bytes.length;
    }

    /** {@code update_gas_available}: pushes the tracker's available gas into the wasm counter. */
    public void updateGasAvailable() {
        long avail = kernel.gasTracker().available();
        if (avail < 0) {
            throw new Fatal("available milligas is negative: " + avail);
        }
        instance.setGasCounter(avail);
        lastAvailable = avail;
        lastMemoryBytes = memory.bytes.length;
    }

    /**
     * {@code charge_for_exec}: charges the gas the wasm code used since the last sync, as the line does.
     *
     * @throws io.jfvm.ipld.types.OutOfGas when the tracker runs out (a negative counter always does)
     */
    public void chargeForExec() {
        abi.chargeForExec(this);
    }

    // ---------------------------------------------------------------- the frame

    /** A syscall without a result. */
    int call(Body body) {
        enter();
        return run(body);
    }

    /** A syscall that writes a {@code size}-byte result at {@code ret}. */
    int call(int ret, int size, Body body) {
        enter();
        if (!ActorMemory.inBounds(memory.bytes, ret, size)) {
            lastError = SyscallError.illegalArgument("no space for return value");
            return ILLEGAL_ARGUMENT;
        }
        return run(body);
    }

    private void enter() {
        chargeForExec();
        kernel.gasTracker().apply(kernel.priceList().onSyscall());
    }

    private int run(Body body) {
        try {
            body.run();
        } catch (SyscallError e) {
            lastError = e;
            updateGasAvailable();
            return e.number().code();
        } catch (ActorExit e) {
            updateGasAvailable();
            throw e;
        }
        lastError = null;
        updateGasAvailable();
        return 0;
    }
}
