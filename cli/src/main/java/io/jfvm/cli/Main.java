package io.jfvm.cli;

import io.jfvm.compiler.WasmFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code jfvm} command. Exit codes: 0 success, 1 the work failed (failing tests, modules that do not
 * compile, an I/O error), 2 the command line is wrong. Every error is one line on stderr.
 */
@Command(name = "jfvm",
        description = "The Filecoin Virtual Machine on the JVM.",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {SpectestCommand.class, CompileCommand.class, VectorsCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Run 'jfvm COMMAND --help' for a command's options."})
public final class Main implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("jfvm: " + describe(e));
                    return EXIT_FAILED;
                });
    }

    /** {@code jfvm} alone: there is nothing to do, so show what there is. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        return EXIT_USAGE;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("jfvm: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        return EXIT_USAGE;
    }

    /** One line about an error: the message for expected kinds, the type as well for anything else. */
    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ");
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof WasmFormatException) {
            return message;
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** The version recorded in the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "jfvm " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
