package io.jfvm.compiler.spectest;

import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the WebAssembly spec test suite as {@code wast2json} converted it: every {@code <name>/<name>.json}
 * under a root directory except the SIMD scripts, which jfvm does not support. Text-format
 * {@code assert_malformed} commands concern a text parser and are not counted; every other command passes or
 * fails on its own, so one broken module or one compiler exception costs only the commands that depend on it.
 *
 * <p>Each script runs on a fresh thread with a fixed, large stack, so call-stack exhaustion behaves the same
 * whatever thread calls the runner, and so a command that never ends can be abandoned (see {@link ScriptRun}).
 */
public final class SpecTestRunner {
    /** Stack of the threads that run scripts; deep enough for every non-exhausting recursion in the suite. */
    public static final long DEFAULT_STACK_BYTES = 64L << 20;
    /** Far above what any command needs, even compiling the largest module on a slow machine. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final WasmCompiler compiler;
    private final long stackBytes;
    private final Duration commandTimeout;

    public SpecTestRunner(CompileOptions options) {
        this(options, DEFAULT_STACK_BYTES, DEFAULT_COMMAND_TIMEOUT);
    }

    public SpecTestRunner(CompileOptions options, long stackBytes, Duration commandTimeout) {
        this.compiler = new WasmCompiler(options);
        this.stackBytes = stackBytes;
        this.commandTimeout = commandTimeout;
    }

    /** The non-SIMD scripts under {@code root}, by name. */
    public static List<Path> scripts(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        List<Path> scripts = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                Path json = dir.resolve(name + ".json");
                if (!name.contains("simd") && Files.isRegularFile(json)) {
                    scripts.add(json);
                }
            }
        }
        if (scripts.isEmpty()) {
            throw new IOException("no spec test scripts (<name>/<name>.json) in " + root);
        }
        return scripts;
    }

    /** Runs every script under {@code root}; {@code onFile} sees each script's result as soon as it is known. */
    public SpecTestResult run(Path root, Consumer<FileResult> onFile) throws IOException, InterruptedException {
        List<FileResult> results = new ArrayList<>();
        for (Path json : scripts(root)) {
            FileResult result = runScript(json);
            results.add(result);
            onFile.accept(result);
        }
        return new SpecTestResult(results);
    }

    /** Runs one script; a script that cannot be read counts as one failed command. */
    public FileResult runScript(Path json) throws InterruptedException {
        String file = json.getFileName().toString().replaceFirst("\\.json$", "");
        WastScript script;
        try {
            script = WastScript.read(json);
        } catch (IOException e) {
            return new FileResult(file, 0, List.of(new Failure(file, 0, "read " + json, "a wast2json script",
                    ScriptExecutor.describe(e))));
        }
        List<WastScript.Command> commands = script.commands().stream()
                .filter(WastScript.Command::appliesToBinaryEngine)
                .toList();
        ScriptRun run = new ScriptRun(file, commands, new ScriptExecutor(json.getParent(), compiler));
        Thread thread = new Thread(null, run, "spectest " + file, stackBytes);
        thread.setDaemon(true); // an abandoned script must not keep the JVM alive
        thread.start();
        return run.await(commandTimeout);
    }
}
