package io.jfvm.cli;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.CompileStats;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.ipld.types.UnsupportedNetworkVersionException;
import io.jfvm.runtime.version.FvmRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jfvm compile FILE...}: compiles modules as the FVM would and reports the shape of the JVM code. */
@Command(name = "compile",
        description = {"Compiles WebAssembly modules as the FVM does and reports their JVM code.",
            "Compiles in FVM mode (the FVM's instrumentation for the network version: feature check, stack "
                + "limiter, gas metering; NaN results canonicalised) and prints, per module: defined functions, JVM "
                + "methods, the largest JVM method, methods over 8,000 bytes (HotSpot's HugeMethodLimit: such "
                + "methods are never JIT-compiled) and compile time. Exits with 1 when any module fails."},
        mixinStandardHelpOptions = true)
final class CompileCommand implements Callable<Integer> {
    @Option(names = {"-n", "--network-version"}, paramLabel = "NV", defaultValue = "28",
            description = "Network version whose instrumentation to apply, 16 to 28 (default 28): FVM v2 for nv16-17 "
                    + "(actors v9), v3 for nv18-20 (v10, v11), v4 for nv21-28 (v12 to v18).")
    private int networkVersion;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "A .wasm module, or a .car bundle whose raw blocks are modules (e.g. "
                    + "../shared/bundles/v10-mainnet.car).")
    private List<Path> files;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WasmCompiler compiler;
        try {
            var prices = FvmRules.forNetworkVersion(networkVersion).priceList();
            compiler = new WasmCompiler(new CompileOptions(FvmInstrumentation.passes(prices), true));
        } catch (UnsupportedNetworkVersionException | UnsupportedOperationException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int compiled = 0;
        int failed = 0;
        for (Path file : files) {
            List<ModuleInput> modules;
            try {
                modules = ModuleInput.read(file);
            } catch (IOException e) {
                err.println("jfvm: " + file + ": " + Main.describe(e));
                failed++;
                continue;
            }
            out.println(file + ": " + modules.size() + (modules.size() == 1 ? " module" : " modules"));
            StatsTable table = new StatsTable(out, modules.stream().mapToInt(m -> m.name().length()).max().orElse(0));
            for (ModuleInput module : modules) {
                try {
                    table.row(module.name(), compiler.compile(module.wasm()).stats());
                    compiled++;
                } catch (Throwable e) { // whatever one module does, the others still get compiled
                    table.failure(module.name(), e);
                    failed++;
                }
                out.flush();
            }
        }
        out.println(compiled + " compiled, " + failed + " failed");
        return failed == 0 ? 0 : Main.EXIT_FAILED;
    }

    /** Prints compile statistics as aligned columns, with failures in place of their row. */
    private static final class StatsTable {
        private final PrintWriter out;
        private final String rowFormat;

        StatsTable(PrintWriter out, int nameWidth) {
            this.out = out;
            int width = Math.max(nameWidth, "module".length());
            this.rowFormat = "  %-" + width + "s  %9s  %11s  %14s  %12s  %12s%n";
            out.printf(Locale.ROOT, rowFormat, "module", "functions", "JVM methods", "largest method",
                    "over " + String.format(Locale.ROOT, "%,d", CompileStats.HUGE_METHOD_LIMIT) + " B",
                    "compile time");
        }

        void row(String name, CompileStats s) {
            out.printf(Locale.ROOT, rowFormat, name, s.functions(), s.jvmMethods(),
                    String.format(Locale.ROOT, "%,d B", s.largestMethodBytes()), s.methodsOverHugeLimit(),
                    String.format(Locale.ROOT, "%,.1f ms", s.compileNanos() / 1e6));
        }

        void failure(String name, Throwable e) {
            out.println("  " + name + ": FAILED: " + Main.describe(e));
        }
    }
}
