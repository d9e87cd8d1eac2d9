package io.jfvm.jmh.engine;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.gas.price.PriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.runtime.engine.ActorCode;
import io.jfvm.runtime.engine.EngineException;
import io.jfvm.runtime.engine.WasmEngine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Chicory (1.5.1) as a {@link WasmEngine}, for comparing engines on the same messages: the actor code gets the
 * FVM's instrumentation exactly as jfvm applies it (the same passes, without jfvm's intrinsics, so the gas
 * counter is a real imported global and the gas function real wasm), is encoded back to wasm, and runs on
 * Chicory's AOT compiler or its interpreter, with jfvm's syscalls adapted to Chicory host functions.
 */
public final class ChicoryEngine implements WasmEngine {
    /** How Chicory runs the code. */
    public enum Mode {
        /** {@code com.dylibso.chicory:compiler}: wasm to JVM bytecode, once per code CID. */
        COMPILER("chicory-compiler"),
        /** Chicory's interpreter. */
        INTERPRETER("chicory-interpreter");

        public final String engineName;

        Mode(String engineName) {
            this.engineName = engineName;
        }
    }

    private final PriceList prices;
    private final Mode mode;
    private final ConcurrentHashMap<Cid, CompletableFuture<ChicoryActorCode>> byCode = new ConcurrentHashMap<>();

    public ChicoryEngine(PriceList prices, Mode mode) {
        this.prices = prices;
        this.mode = mode;
    }

    @Override
    public String name() {
        return mode.engineName;
    }

    @Override
    public ActorCode code(Cid code, Blockstore store) {
        CompletableFuture<ChicoryActorCode> f = new CompletableFuture<>();
        CompletableFuture<ChicoryActorCode> existing = byCode.putIfAbsent(code, f);
        if (existing != null) {
            return join(existing);
        }
        try {
            f.complete(load(code, store));
        } catch (RuntimeException e) {
            byCode.remove(code, f);
            f.completeExceptionally(e);
        }
        return join(f);
    }

    private static ChicoryActorCode join(CompletableFuture<ChicoryActorCode> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof EngineException ee ? ee
                    : new EngineException(e.getCause().getMessage(), e.getCause());
        }
    }

    private ChicoryActorCode load(Cid code, Blockstore store) {
        if (code.codec() != Multicodec.RAW) {
            throw new EngineException("actor code " + code + " is not a raw block", null);
        }
        byte[] wasm = store.get(code);
        if (wasm == null) {
            throw new EngineException("actor code " + code + " is not in the blockstore", null);
        }
        try {
            Module instrumented = WasmParser.parse(wasm);
            FvmInstrumentation.instrument(instrumented, prices, false);
            WasmModule module = Parser.parse(WasmEncoder.encode(instrumented));
            Function<Instance, Machine> machine = mode == Mode.COMPILER
                    ? MachineFactoryCompiler.builder(module).withInterpreterFallback(InterpreterFallback.WARN).compile()
                    : null;
            return new ChicoryActorCode(instrumented, module, machine);
        } catch (RuntimeException e) {
            throw new EngineException("cannot load actor code " + code + " on " + name() + ": " + e.getMessage(), e);
        }
    }
}
