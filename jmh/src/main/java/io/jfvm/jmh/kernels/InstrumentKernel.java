package io.jfvm.jmh.kernels;

import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.gas.instrument.FvmInstrumentation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the FVM-instrumented form of kernel modules: feature check, stack limiter and gas metering as for
 * network version {@value Kernel#NETWORK_VERSION}, without jfvm's intrinsics, encoded back to wasm. The output
 * imports its gas counter from module {@code "gas"}, so any engine (V8, Chicory) can run the metered code that
 * jfvm runs. Used by {@code jmh/kernels/build.sh}.
 *
 * <p>Usage: {@code InstrumentKernel IN.wasm OUT.wasm [IN.wasm OUT.wasm]...}
 */
public final class InstrumentKernel {
    private InstrumentKernel() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: InstrumentKernel IN.wasm OUT.wasm [IN.wasm OUT.wasm]...");
            System.exit(2);
        }
        for (int i = 0; i < args.length; i += 2) {
            Files.write(Path.of(args[i + 1]), instrument(Files.readAllBytes(Path.of(args[i]))));
        }
    }

    /** The instrumented module's bytes. */
    public static byte[] instrument(byte[] wasm) {
        Module module = WasmParser.parse(wasm);
        FvmInstrumentation.instrument(module, Kernel.prices(), false);
        return WasmEncoder.encode(module);
    }
}
