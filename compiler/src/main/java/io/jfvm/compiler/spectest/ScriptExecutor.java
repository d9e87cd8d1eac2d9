package io.jfvm.compiler.spectest;

import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.GlobalCell;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.LinkException;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.compiler.rt.Trap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Executes the commands of one script in order, keeping the script's state: the spectest host, registered
 * modules, named modules and the current module. Each command either returns normally (passed) or throws a
 * {@link CommandFailure}; no other exception escapes {@link #execute}.
 */
final class ScriptExecutor {
    private final Path directory;
    private final WasmCompiler compiler;
    private final Imports imports = SpecTestHost.newImports();
    private final Map<String, LoadedModule> named = new HashMap<>();
    /** The most recently defined module, target of actions without a module name; null before the first. */
    private LoadedModule current;

    /** @param directory where the script's module files are */
    ScriptExecutor(Path directory, WasmCompiler compiler) {
        this.directory = directory;
        this.compiler = compiler;
    }

    /**
     * A module command's outcome: its instance, or why there is none, so that the commands depending on a module
     * that failed to load fail with that reason.
     */
    private record LoadedModule(ModuleInstance instance, String error) {
        ModuleInstance require() throws CommandFailure {
            if (instance == null) {
                throw new CommandFailure("a loaded module", error);
            }
            return instance;
        }
    }

    void execute(WastScript.Command command) throws CommandFailure {
        try {
            switch (command.type()) {
                case "module" -> defineModule(command);
                case "register" -> register(command);
                case "action" -> perform(command.action());
                case "assert_return" -> assertReturn(command);
                case "assert_trap", "assert_exhaustion" -> assertTrap(command);
                case "assert_invalid", "assert_malformed" -> assertRejected(command);
                case "assert_unlinkable" -> assertUnlinkable(command);
                case "assert_uninstantiable" -> assertUninstantiable(command);
                default -> throw new CommandFailure("a known command", "unknown command type " + command.type());
            }
        } catch (CommandFailure e) {
            throw e;
        } catch (Throwable e) {
            // Any surprise from the compiler or the runtime fails this command only, never the run.
            throw new CommandFailure("success", describe(e));
        }
    }

    private void defineModule(WastScript.Command command) throws CommandFailure {
        String failure;
        try {
            current = new LoadedModule(compile(command).instantiate(imports), null);
            failure = null;
        } catch (CommandFailure e) {
            failure = e.actual;
        } catch (Throwable e) {
            failure = describe(e);
        }
        if (failure != null) {
            current = new LoadedModule(null, "module " + command.filename() + " (line " + command.line()
                    + ") did not load: " + failure);
        }
        if (command.name() != null) {
            named.put(command.name(), current);
        }
        if (failure != null) {
            throw new CommandFailure("module to compile and instantiate", failure);
        }
    }

    private void register(WastScript.Command command) throws CommandFailure {
        imports.addAll(command.as(), module(command.name()).require());
    }

    private void assertReturn(WastScript.Command command) throws CommandFailure {
        String expected = WastValues.formatExpected(command.expected());
        Object[] results;
        try {
            results = perform(command.action());
        } catch (CommandFailure e) {
            throw e;
        } catch (Throwable e) {
            throw new CommandFailure(expected, describe(e));
        }
        boolean ok = results.length == command.expected().size();
        for (int i = 0; ok && i < results.length; i++) {
            ok = WastValues.matches(command.expected().get(i), results[i]);
        }
        if (!ok) {
            throw new CommandFailure(expected, WastValues.formatActual(results));
        }
    }

    /** assert_trap and assert_exhaustion: the action traps with the expected message. */
    private void assertTrap(WastScript.Command command) throws CommandFailure {
        if (command.action() == null) {
            // A trap in a module's start function or segment initialisation.
            assertUninstantiable(command);
            return;
        }
        String expected = "trap \"" + command.text() + "\"";
        Object[] results;
        try {
            results = perform(command.action());
        } catch (Trap t) {
            if (TrapMatcher.matches(command.text(), t)) {
                return;
            }
            throw new CommandFailure(expected, describe(t));
        } catch (CommandFailure e) {
            throw e;
        } catch (Throwable e) {
            throw new CommandFailure(expected, describe(e));
        }
        throw new CommandFailure(expected, "returned " + WastValues.formatActual(results));
    }

    /** assert_invalid and assert_malformed: the compiler rejects the module as not a (valid) module. */
    private void assertRejected(WastScript.Command command) throws CommandFailure {
        String expected = "rejected (\"" + command.text() + "\")";
        try {
            compiler.compile(read(command));
        } catch (WasmFormatException e) {
            if (e.kind() == WasmFormatException.Kind.UNSUPPORTED) {
                throw new CommandFailure(expected, "rejected as unsupported: " + e.getMessage());
            }
            // Where malformed ends and invalid begins differs between decoders; rejecting is what counts.
            return;
        } catch (Throwable e) {
            throw new CommandFailure(expected, describe(e));
        }
        throw new CommandFailure(expected, "compiled");
    }

    private void assertUnlinkable(WastScript.Command command) throws CommandFailure {
        String expected = "link error \"" + command.text() + "\"";
        CompiledModule module = compile(command);
        try {
            module.instantiate(imports);
        } catch (LinkException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(command.text())) {
                return;
            }
            throw new CommandFailure(expected, describe(e));
        } catch (Throwable e) {
            throw new CommandFailure(expected, describe(e));
        }
        throw new CommandFailure(expected, "instantiated");
    }

    private void assertUninstantiable(WastScript.Command command) throws CommandFailure {
        String expected = "trap \"" + command.text() + "\" while instantiating";
        CompiledModule module = compile(command);
        try {
            module.instantiate(imports);
        } catch (Trap t) {
            if (TrapMatcher.matches(command.text(), t)) {
                return;
            }
            throw new CommandFailure(expected, describe(t));
        } catch (Throwable e) {
            throw new CommandFailure(expected, describe(e));
        }
        throw new CommandFailure(expected, "instantiated");
    }

    /** Invokes an exported function or reads an exported global; results are boxed. */
    private Object[] perform(WastScript.Action action) throws CommandFailure {
        ModuleInstance instance = module(action.module()).require();
        return switch (action.type()) {
            case "invoke" -> instance.function(action.field()).invoke(WastValues.arguments(action.args()));
            case "get" -> {
                if (!(instance.exports().get(action.field()) instanceof GlobalCell global)) {
                    throw new CommandFailure("an exported global \"" + action.field() + "\"",
                            "no such global export");
                }
                yield new Object[] {global.get()};
            }
            default -> throw new CommandFailure("invoke or get", "unknown action type " + action.type());
        };
    }

    /** The module named {@code name}, or the current module when {@code name} is null. */
    private LoadedModule module(String name) throws CommandFailure {
        LoadedModule m = name == null ? current : named.get(name);
        if (m == null) {
            throw new CommandFailure(name == null ? "a module defined before" : "a module named " + name,
                    "none");
        }
        return m;
    }

    /** Compiles the command's module file; a module that should compile but does not fails the command. */
    private CompiledModule compile(WastScript.Command command) throws CommandFailure {
        byte[] bytes = read(command);
        try {
            return compiler.compile(bytes);
        } catch (Throwable e) {
            throw new CommandFailure("module " + command.filename() + " to compile", describe(e));
        }
    }

    private byte[] read(WastScript.Command command) throws CommandFailure {
        try {
            return Files.readAllBytes(directory.resolve(command.filename()));
        } catch (IOException e) {
            throw new CommandFailure("module file " + command.filename(), "cannot read it: " + e);
        }
    }

    /** One line about an exception: a trap's kind, or the exception type, message and where it came from. */
    static String describe(Throwable e) {
        if (e instanceof Trap t) {
            return "trap \"" + t.getMessage() + "\"";
        }
        if (e instanceof WasmFormatException) {
            return oneLine(e.getMessage());
        }
        if (e instanceof LinkException) {
            return "link error \"" + oneLine(e.getMessage()) + "\"";
        }
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(oneLine(e.getMessage()));
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            sb.append(" (at ").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                    .append(':').append(trace[0].getLineNumber()).append(')');
        }
        return sb.toString();
    }

    /** Reports keep one line per failure, whatever the message holds. */
    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
