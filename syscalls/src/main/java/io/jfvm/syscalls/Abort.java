package io.jfvm.syscalls;

/**
 * Unwinds the running actor out of wasm (ref-fvm {@code syscalls::error::Abort}): an explicit exit
 * ({@code vm.exit}/{@code vm.abort}, or a trap already mapped to an exit code), running out of gas, or a fatal
 * error (a broken invariant in jfvm or the node: exit 10 with all gas consumed). Syscalls never return these to
 * the actor; the call manager catches them around {@code invoke}.
 */
public abstract sealed class Abort extends RuntimeException permits Abort.Exit, Abort.OutOfGas, Abort.Fatal {
    Abort(String message, Throwable cause, boolean stackTrace) {
        super(message, cause, true, stackTrace);
    }

    /** {@code Abort::Exit(code, message, block)}: the actor exits with {@code exitCode}; block 0 = no data. */
    public static final class Exit extends Abort {
        private final int exitCode;
        private final int blockId;

        public Exit(int exitCode, String message, int blockId) {
            super(message, null, false);
            this.exitCode = exitCode;
            this.blockId = blockId;
        }

        public int exitCode() {
            return exitCode;
        }

        /** The data block id (FVM v3 {@code vm.exit}); 0 = none. Unknown ids are the call manager's to reject. */
        public int blockId() {
            return blockId;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " (block " + Integer.toUnsignedString(blockId) + "): " + getMessage();
        }
    }

    /** {@code Abort::OutOfGas}. */
    public static final class OutOfGas extends Abort {
        public OutOfGas(String message, Throwable cause) {
            super(message, cause, false);
        }
    }

    /** {@code Abort::Fatal}: a broken invariant; exit 10 with all gas used. Keeps its stack trace for the log. */
    public static final class Fatal extends Abort {
        public Fatal(String message, Throwable cause) {
            super(message, cause, true);
        }

        public Fatal(String message) {
            super(message, null, true);
        }
    }

    public static Exit exit(int exitCode, String message, int blockId) {
        return new Exit(exitCode, message, blockId);
    }

    public static OutOfGas outOfGas(Throwable cause) {
        return new OutOfGas("out of gas", cause);
    }

    public static Fatal fatal(String message, Throwable cause) {
        return new Fatal(message, cause);
    }

    public static Fatal fatal(String message) {
        return new Fatal(message);
    }
}
