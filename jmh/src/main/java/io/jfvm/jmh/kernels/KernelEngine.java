package io.jfvm.jmh.kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The engines the compute-kernel benchmark compares, by the names its {@code engine} parameter takes. */
public enum KernelEngine {
    /** jfvm as the FVM runs actors: instrumented and gas-metered. */
    JFVM("jfvm"),
    JFVM_UNMETERED("jfvm-unmetered"),
    /** Chicory's compiler on the plain module. */
    CHICORY_COMPILER("chicory-compiler"),
    /** Chicory's compiler on the instrumented module, metering in wasm code rather than in an intrinsic. */
    CHICORY_COMPILER_METERED("chicory-compiler-metered");

    public final String id;

    KernelEngine(String id) {
        this.id = id;
    }

    public static KernelEngine byId(String id) {
        for (KernelEngine e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine \"" + id + "\"");
    }

    /** Compiles and instantiates {@code kernel} from the built kernels in {@code directory}. */
    public KernelInstance instantiate(Path directory, Kernel kernel) {
        return switch (this) {
            case JFVM -> JfvmKernelInstance.compile(read(kernel.wasm(directory)), kernel.export(), true);
            case JFVM_UNMETERED -> JfvmKernelInstance.compile(read(kernel.wasm(directory)), kernel.export(), false);
            case CHICORY_COMPILER ->
                    ChicoryKernelInstance.compile(read(kernel.wasm(directory)), kernel.export(), false);
            case CHICORY_COMPILER_METERED ->
                    ChicoryKernelInstance.compile(read(kernel.meteredWasm(directory)), kernel.export(), true);
        };
    }

    private static byte[] read(Path wasm) {
        try {
            return Files.readAllBytes(wasm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + wasm + " (run jmh/kernels/build.sh)", e);
        }
    }
}
