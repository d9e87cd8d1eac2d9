package io.jfvm.jmh.kernels;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.Value;
import io.jfvm.gas.instrument.FvmInstrumentation;

/**
 * A kernel run by Chicory's compiler (wasm to JVM bytecode, like jfvm). Given a module from
 * {@link InstrumentKernel}, it supplies the imported gas counter as a host global.
 */
final class ChicoryKernelInstance implements KernelInstance {
    /** Gas set before every call: far more than any run uses, so a run never stops for gas. */
    private static final long UNLIMITED_GAS = Long.MAX_VALUE / 2;

    private final Instance instance;
    private final ExportFunction run;
    /** The imported gas counter, or null for a module without the instrumentation. */
    private final GlobalInstance gas;

    private ChicoryKernelInstance(Instance instance, ExportFunction run, GlobalInstance gas) {
        this.instance = instance;
        this.run = run;
        this.gas = gas;
    }

    static ChicoryKernelInstance compile(byte[] wasm, String export, boolean metered) {
        WasmModule module = Parser.parse(wasm);
        Instance.Builder builder = Instance.builder(module).withMachineFactory(MachineFactoryCompiler.compile(module));
        GlobalInstance gas = null;
        if (metered) {
            gas = new GlobalInstance(Value.i64(UNLIMITED_GAS), MutabilityType.Var);
            String counter = Kernel.prices().instrumentVersion().gasCounterName();
            builder.withImportValues(ImportValues.builder()
                    .addGlobal(new ImportGlobal(FvmInstrumentation.GAS_MODULE, counter, gas)).build());
        }
        Instance instance = builder.build();
        return new ChicoryKernelInstance(instance, instance.export(export), gas);
    }

    @Override
    public long run(int iterations) {
        if (gas != null) {
            gas.setValue(UNLIMITED_GAS);
        }
        return run.apply(iterations)[0];
    }

    @Override
    public byte[] resultBytes(String name, int length) {
        if (gas != null) {
            gas.setValue(UNLIMITED_GAS);
        }
        int address = (int) instance.export(name).apply()[0];
        return instance.memory().readBytes(address, length);
    }
}
