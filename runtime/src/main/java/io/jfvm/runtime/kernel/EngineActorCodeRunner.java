package io.jfvm.runtime.kernel;

import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.gas.OutOfGasException;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.FvmVersion;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.ExecutionException;
import io.jfvm.runtime.call.FatalError;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.call.OutOfGas;
import io.jfvm.runtime.call.SyscallError;
import io.jfvm.runtime.engine.Engine;
import io.jfvm.runtime.engine.EngineException;
import io.jfvm.runtime.kernel.crypto.DefaultCryptoOps;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.syscalls.Abort;
import io.jfvm.syscalls.CryptoOps;
import io.jfvm.syscalls.ExitCodes;
import io.jfvm.syscalls.SyscallBinder;
import io.jfvm.syscalls.SyscallContext;
import io.jfvm.syscalls.SyscallException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs actor code with the {@link Engine} of the machine's price list and a {@link DefaultKernel} per invocation,
 * in the order ref-fvm's call manager does ({@code fvm@v2.12.1} / {@code fvm@v3.14.1}
 * {@code call_manager/default.rs send_resolved}): the params become block 1 (a codec the line rejects is a syscall
 * error), the code is loaded (missing or uncompilable code is Fatal), v3 charges {@code wasm_table_init} and
 * {@code wasm_memory_init}, the syscalls are linked (an unknown import is Fatal), the instance is created (no
 * {@code memory} export: Fatal), the {@code invoke} export is looked up (missing: Fatal in v2/v3), the gas counter
 * is synced, {@code invoke(params_id)} runs, the exec gas is settled and the outcome is mapped as
 * {@link ActorCodeRunner} specifies.
 *
 * <p>Engines are shared per process, one per price list (its instrumentation rules), so every code CID is compiled
 * once; the builtin actors of a manifest are compiled in parallel when an engine first meets it. Actor code always
 * runs on a thread with a {@value #STACK_BYTES}-byte stack: when called on any other thread, the runner moves the
 * whole invocation (and so every nested call) onto such a thread and waits for it, so the deterministic limits
 * (wasm stack height 2048 per instance, call depth 1024) are always reached before a JVM
 * {@link StackOverflowError}.
 */
public final class EngineActorCodeRunner implements ActorCodeRunner {
    /** Stack of the execution threads: 1024 nested calls, each at the deepest wasm stack, fit. */
    public static final long STACK_BYTES = 1L << 30;

    private static final ConcurrentHashMap<String, Engine> SHARED_ENGINES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> ON_EXEC_THREAD = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private static final Logger LOG = Logger.getLogger(EngineActorCodeRunner.class.getName());
    /** Engine and manifest pairs whose builtin actors were compiled (process-wide, like the shared engines). */
    private static final ConcurrentHashMap<List<Object>, Boolean> precompiled = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, Engine> engines;
    private final DiskCache disk;
    private final Function<CallManager, CryptoOps> cryptoFactory;

    /**
     * @param cryptoFactory the crypto syscalls for a message (called once per invocation with its call manager)
     * @param disk a compiled-module disk cache, or null; engines without one are shared per process
     */
    public EngineActorCodeRunner(Function<CallManager, CryptoOps> cryptoFactory, DiskCache disk) {
        this.cryptoFactory = cryptoFactory;
        this.disk = disk;
        this.engines = disk == null ? SHARED_ENGINES : new ConcurrentHashMap<>();
    }

    /**
     * The runner with the process-wide engines and the kernel's crypto ({@link DefaultCryptoOps}: real signatures,
     * hashes and CommD) with the given, explicitly chosen proof policy.
     */
    public static EngineActorCodeRunner withProofPolicy(ProofPolicy proofs) {
        Objects.requireNonNull(proofs, "proof policy");
        return new EngineActorCodeRunner(cm -> DefaultCryptoOps.create(cm.priceList(), cm.gasTracker(), proofs,
                cm.machine().context().networkVersion(), cm.machine().context().epoch()), null);
    }

    /** The engine (instrumentation and compiled-code cache) for a price list. */
    public Engine engine(PriceList prices) {
        return engines.computeIfAbsent(prices.name(), n -> new Engine(prices, disk));
    }

    @Override
    public InvocationResult invoke(CallManager callManager, Invocation invocation) throws ExecutionException {
        if (ON_EXEC_THREAD.get()) {
            return invokeHere(callManager, invocation);
        }
        return onExecutionThread(callManager, invocation);
    }

    private InvocationResult onExecutionThread(CallManager cm, Invocation inv) throws ExecutionException {
        Object[] outcome = new Object[1];
        Thread t = new Thread(null, () -> {
            ON_EXEC_THREAD.set(Boolean.TRUE);
            try {
                outcome[0] = invokeHere(cm, inv);
            } catch (ExecutionException | RuntimeException | Error e) {
                outcome[0] = e;
            }
        }, "jfvm-exec", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Object o = outcome[0];
        if (o instanceof InvocationResult r) {
            return r;
        }
        if (o instanceof ExecutionException e) {
            throw e;
        }
        if (o instanceof RuntimeException e) {
            throw e;
        }
        if (o instanceof Error e) {
            // An Error escaping actor execution (outside wasm, where it is already Fatal) is a broken invariant.
            throw new FatalError("error during actor execution: " + e, e);
        }
        throw new FatalError("execution thread ended without a result");
    }

    private InvocationResult invokeHere(CallManager cm, Invocation inv) throws ExecutionException {
        FvmVersion version = FvmVersion.forNetworkVersion(cm.machine().context().networkVersion());
        BlockRegistry blocks = new BlockRegistry(version);
        int paramsId = 0;
        if (inv.params() != null) {
            try {
                paramsId = blocks.put(inv.params());
            } catch (SyscallException e) {
                throw new SyscallError(e.errorNumber(), e.getMessage());
            }
        }
        CompiledModule module;
        try {
            Engine engine = engine(cm.priceList());
            precompileBuiltins(engine, cm);
            module = engine.module(inv.receiverState().code(), cm.machine().blockstore());
        } catch (EngineException e) {
            throw new FatalError("cannot load the code of actor f0" + Long.toUnsignedString(inv.to()) + ": "
                    + e.getMessage(), e);
        }
        DefaultKernel kernel = new DefaultKernel(cm, inv, blocks, cryptoFactory.apply(cm));

        SyscallContext ctx;
        FuncRef invoke;
        try {
            SyscallContext.chargeForInit(kernel, version, module.shape());
            SyscallBinder.Linked linked = SyscallBinder.link(kernel, version, module);
            ModuleInstance instance = SyscallBinder.instantiate(linked, module);
            ctx = linked.context();
            Object f = instance.exports().get("invoke");
            if (!(f instanceof FuncRef fr) || !isInvokeType(fr.type)) {
                throw Abort.fatal("actor has no invoke export of type (i32) -> i32");
            }
            invoke = (FuncRef) f;
            ctx.updateGasAvailable();
        } catch (Throwable t) {
            // Before invoke the counter was never handed to wasm: nothing to settle.
            return outcome(ExitCodes.toAbort(t), blocks, version);
        }

        Throwable thrown = null;
        Object[] out = null;
        try {
            out = invoke.invoke(paramsId);
        } catch (Throwable t) {
            thrown = t;
        }
        Abort abort;
        try {
            if (thrown instanceof Abort.Exit && version != FvmVersion.V2) {
                // v3 bind.rs runs update_gas_available after a syscall even when it aborts (vm.exit), so the
                // exec gas charged at the syscall's entry is not charged again below. (v2's charge_for_exec
                // moves last_gas_available itself, so there the sync makes no difference.)
                ctx.updateGasAvailable();
            }
            abort = ExitCodes.afterInvoke(ctx, thrown);
        } catch (RuntimeException e) {
            abort = ExitCodes.toAbort(e);
        }
        if (abort != null) {
            return outcome(abort, blocks, version);
        }
        int ret = (Integer) out[0];
        if (ret == 0) {
            return InvocationResult.EMPTY_OK;
        }
        BlockData block = blocks.find(ret);
        if (block == null) {
            return new InvocationResult(ExitCode.SYS_MISSING_RETURN, null);
        }
        return new InvocationResult(ExitCode.OK, block);
    }

    /**
     * The first time an engine meets a builtin-actors manifest, every actor of it is compiled in parallel (and this
     * call waits for them), so later invocations find their code ready. A failure here is not an outcome: the
     * invocation that needs the code reports it when it loads the code itself.
     */
    private void precompileBuiltins(Engine engine, CallManager cm) {
        List<Object> key = List.of(engine, cm.machine().builtinActors().dataCid());
        if (precompiled.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        try {
            engine.precompile(cm.machine().builtinActors(), cm.machine().blockstore(), ForkJoinPool.commonPool());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "precompiling the builtin actors failed", e);
        }
    }

    private static boolean isInvokeType(FuncType t) {
        return t.params().equals(List.of(ValType.I32)) && t.results().equals(List.of(ValType.I32));
    }

    /** Maps an abort to the call's result, or throws OutOfGas / FatalError. */
    private static InvocationResult outcome(Abort abort, BlockRegistry blocks, FvmVersion version)
            throws ExecutionException {
        if (abort instanceof Abort.Exit exit) {
            if (exit.blockId() == 0 || version == FvmVersion.V2) {
                return new InvocationResult(exit.exitCode(), null);
            }
            BlockData block = blocks.find(exit.blockId());
            if (block == null) {
                throw new FatalError("error getting exit data block " + Integer.toUnsignedString(exit.blockId()));
            }
            return new InvocationResult(exit.exitCode(), block);
        }
        if (abort instanceof Abort.OutOfGas) {
            throw new OutOfGas(outOfGasCause(abort));
        }
        for (Throwable c = abort.getCause(); c != null; c = c.getCause()) {
            if (c instanceof FatalError f) {
                throw f;
            }
        }
        throw new FatalError(abort.getMessage(), abort);
    }

    private static OutOfGasException outOfGasCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfGasException e) {
                return e;
            }
        }
        return new OutOfGasException("wasm_exec", 0, 0);
    }
}
