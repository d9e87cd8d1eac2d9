package io.jfvm.runtime.kernel;

import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.Invocation;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.engine.ActorCode;
import io.jfvm.runtime.engine.ActorInstance;
import io.jfvm.runtime.engine.EngineException;
import io.jfvm.runtime.engine.JfvmEngine;
import io.jfvm.runtime.engine.WasmEngine;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import io.jfvm.runtime.version.FvmRules;
import io.jfvm.syscalls.ActorExit;
import io.jfvm.syscalls.ExitCodes;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.SyscallAbi;
import io.jfvm.syscalls.SyscallBinder;
import io.jfvm.syscalls.SyscallContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs actor code with the {@link WasmEngine} of the machine's price list (jfvm's {@link JfvmEngine} unless
 * another is plugged in) and the line's kernel per invocation ({@link FvmRules#newKernel}), in the order ref-fvm's
 * call manager does ({@code call_manager/default.rs send_resolved}): the params become block 1 (a codec the line
 * rejects is a syscall error), the code is loaded (missing or uncompilable code is Fatal), the line's ABI charges
 * for instantiation, the syscalls are linked (an unknown import is Fatal), the instance is created (no
 * {@code memory} export: Fatal), the {@code invoke} export is looked up (missing: as the line says), the gas counter
 * is synced, {@code invoke(params_id)} runs, the exec gas is settled and the outcome is mapped as
 * {@link ActorCodeRunner} specifies. The proofs are checked by the {@link ProofPolicy} the runner is given.
 *
 * <p>Engines are shared per process, one per price list (its instrumentation rules), so every code CID is compiled
 * once; the builtin actors of a manifest are compiled in parallel when an engine first meets it. Actor code always
 * runs on a thread with a {@value #STACK_BYTES}-byte stack: when called on any other thread, the runner moves the
 * whole invocation (and so every nested call) onto such a thread, from a pool, and waits for it, so the
 * deterministic limits (wasm stack height 2048 per instance, call depth 1024) are always reached before a JVM
 * {@link StackOverflowError}.
 */
public final class EngineActorCodeRunner implements ActorCodeRunner {
    /** Stack of the execution threads: 1024 nested calls, each at the deepest wasm stack, fit. */
    public static final long STACK_BYTES = 1L << 30;

    private static final ConcurrentHashMap<String, WasmEngine> SHARED_ENGINES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> ON_EXEC_THREAD = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /**
     * The execution threads, reused across invocations (creating a thread with a large stack costs more than a
     * small message); daemons, and an idle one ends after a minute.
     */
    private static final ExecutorService EXECUTION_THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Thread(null, () -> {
                    ON_EXEC_THREAD.set(Boolean.TRUE);
                    task.run();
                }, "jfvm-exec", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private static final Logger LOG = Logger.getLogger(EngineActorCodeRunner.class.getName());
    /** Engine and manifest pairs whose builtin actors were compiled (process-wide, like the shared engines). */
    private static final ConcurrentHashMap<List<Object>, Boolean> precompiled = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, WasmEngine> engines;
    private final Function<PriceList, WasmEngine> engineFactory;
    private final ProofPolicy proofs;

    /**
     * With jfvm's engine.
     *
     * @param proofs how the crypto syscalls check proofs (chosen explicitly)
     * @param disk a compiled-module disk cache, or null; engines without one are shared per process
     */
    public EngineActorCodeRunner(ProofPolicy proofs, DiskCache disk) {
        this.proofs = Objects.requireNonNull(proofs, "proof policy");
        this.engineFactory = prices -> new JfvmEngine(prices, disk);
        this.engines = disk == null ? SHARED_ENGINES : new ConcurrentHashMap<>();
    }

    /**
     * With another engine: {@code engineFactory} makes the engine for a price list, once per price list for this
     * runner.
     */
    public EngineActorCodeRunner(ProofPolicy proofs, Function<PriceList, WasmEngine> engineFactory) {
        this.proofs = Objects.requireNonNull(proofs, "proof policy");
        this.engineFactory = engineFactory;
        this.engines = new ConcurrentHashMap<>();
    }

    /**
     * The runner with the process-wide engines, the line's kernels and crypto (real signatures, hashes and CommD)
     * and the given, explicitly chosen proof policy.
     */
    public static EngineActorCodeRunner withProofPolicy(ProofPolicy proofs) {
        return new EngineActorCodeRunner(proofs, (DiskCache) null);
    }

    /**
     * As {@link #withProofPolicy(ProofPolicy)}, with jfvm's engine loading compiled actors from {@code disk} (and
     * storing what it compiles there), so a later process starts without compiling.
     */
    public static EngineActorCodeRunner withProofPolicy(ProofPolicy proofs, DiskCache disk) {
        return new EngineActorCodeRunner(proofs, disk);
    }

    /** As {@link #withProofPolicy}, with another engine (see the engine-factory constructor). */
    public static EngineActorCodeRunner withProofPolicy(ProofPolicy proofs,
                                                        Function<PriceList, WasmEngine> engineFactory) {
        return new EngineActorCodeRunner(proofs, engineFactory);
    }

    /** The engine (instrumentation and loaded-code cache) for a price list. */
    public WasmEngine engine(PriceList prices) {
        return engines.computeIfAbsent(prices.name(), n -> engineFactory.apply(prices));
    }

    @Override
    public InvocationResult invoke(CallManager callManager, Invocation invocation) {
        if (ON_EXEC_THREAD.get()) {
            return invokeHere(callManager, invocation);
        }
        return onExecutionThread(callManager, invocation);
    }

    private InvocationResult onExecutionThread(CallManager cm, Invocation inv) {
        Future<Object> task = EXECUTION_THREADS.submit(() -> {
            try {
                return invokeHere(cm, inv);
            } catch (RuntimeException | Error e) {
                return e;
            }
        });
        boolean interrupted = false;
        Object o;
        while (true) {
            try {
                o = task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                o = e.getCause();
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (o instanceof InvocationResult r) {
            return r;
        }
        if (o instanceof RuntimeException e) {
            throw e;
        }
        if (o instanceof Error e) {
            // An Error escaping actor execution (outside wasm, where it is already Fatal) is a broken invariant.
            throw new Fatal("error during actor execution: " + e, e);
        }
        throw new Fatal("execution thread ended without a result");
    }

    private InvocationResult invokeHere(CallManager cm, Invocation inv) {
        FvmRules rules = cm.machine().rules();
        BlockRegistry blocks = new BlockRegistry(rules::allowsBlockCodec);
        int paramsId = inv.params() == null ? 0 : blocks.put(inv.params());
        ActorCode code;
        try {
            WasmEngine engine = engine(rules.priceList());
            precompileBuiltins(engine, cm);
            code = engine.code(inv.receiverState().code(), cm.machine().blockstore());
        } catch (EngineException e) {
            throw new Fatal("cannot load the code of actor f0" + Long.toUnsignedString(inv.to()) + ": "
                    + e.getMessage(), e);
        }
        Kernel kernel = rules.newKernel(cm, inv, blocks, proofs);
        SyscallAbi abi = rules.syscallAbi();

        SyscallContext ctx;
        ActorInstance instance;
        try {
            abi.chargeForInit(kernel, code.shape());
            SyscallBinder.Linked linked = SyscallBinder.link(kernel, abi);
            instance = code.instantiate(linked.syscalls(), rules.instanceLimits(cm.callStackMemory()));
            ctx = linked.context();
            ctx.attach(instance);
            if (!exportsInvoke(code)) {
                throw rules.missingInvoke();
            }
            if (!instance.hasInvoke()) {
                throw new Fatal("the actor's invoke export is not of type (i32) -> i32");
            }
            ctx.updateGasAvailable();
        } catch (Throwable t) {
            // Before invoke the counter was never handed to wasm: nothing to settle.
            return outcome(ExitCodes.ending(t), blocks);
        }

        Throwable thrown = null;
        int ret = 0;
        try {
            ret = instance.invoke(paramsId);
        } catch (Throwable t) {
            thrown = t;
        }
        RuntimeException ending;
        try {
            ending = ExitCodes.afterInvoke(ctx, thrown);
        } catch (RuntimeException e) {
            ending = ExitCodes.ending(e);
        }
        if (ending != null) {
            return outcome(ending, blocks);
        }
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
    private void precompileBuiltins(WasmEngine engine, CallManager cm) {
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

    private static boolean exportsInvoke(ActorCode code) {
        for (Export e : code.shape().exports()) {
            if (e.kind() == ExternKind.FUNCTION && e.name().equals("invoke")) {
                return true;
            }
        }
        return false;
    }

    /** An exit becomes the call's result (with its data block, if any); OutOfGas and Fatal propagate. */
    private static InvocationResult outcome(RuntimeException ending, BlockRegistry blocks) {
        if (!(ending instanceof ActorExit exit)) {
            throw ending;
        }
        if (exit.blockId() == 0) {
            return new InvocationResult(exit.exitCode(), null);
        }
        BlockData block = blocks.find(exit.blockId());
        if (block == null) {
            throw new Fatal("error getting exit data block " + Integer.toUnsignedString(exit.blockId()));
        }
        return new InvocationResult(exit.exitCode(), block);
    }
}
