package io.jfvm.cli;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.spectest.Failure;
import io.jfvm.compiler.spectest.FileResult;
import io.jfvm.compiler.spectest.SpecTestResult;
import io.jfvm.compiler.spectest.SpecTestRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jfvm spectest DIR}: runs the WebAssembly spec test suite and reports the failures. */
@Command(name = "spectest",
        description = {"Runs the WebAssembly spec test suite.",
            "Reads the scripts converted by wast2json (DIR/<name>/<name>.json, e.g. ../shared/wasm-testsuite/json), "
                + "skips the SIMD ones, prints the failing commands and ends with 'N passed, M failed'. Exits "
                + "with 1 when any command fails."},
        mixinStandardHelpOptions = true)
final class SpectestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Directory holding one directory per script.")
    private Path dir;

    @Option(names = "--max-failures", paramLabel = "N", defaultValue = "50",
            description = "Failures to print, one line each; the rest are counted (default: ${DEFAULT-VALUE}).")
    private int maxFailures;

    @Option(names = {"-v", "--verbose"}, description = "Print each script's counts as it finishes.")
    private boolean verbose;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a directory: " + dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        SpecTestResult result = new SpecTestRunner(CompileOptions.DEFAULT).run(dir, file -> {
            if (verbose) {
                out.println(file.file() + ": " + file.passed() + " passed, " + file.failed() + " failed");
                out.flush();
            }
        });
        List<Failure> failures = result.failures();
        failures.stream().limit(Math.max(0, maxFailures)).forEach(out::println);
        if (failures.size() > maxFailures) {
            out.println("... " + (failures.size() - maxFailures) + " more failures not shown (--max-failures)");
        }
        long scriptsPassing = result.files().stream().filter(FileResult::fullyPassed).count();
        out.println(scriptsPassing + " of " + result.files().size() + " scripts pass completely");
        out.println(result.summary());
        return result.failed() == 0 ? 0 : Main.EXIT_FAILED;
    }
}
