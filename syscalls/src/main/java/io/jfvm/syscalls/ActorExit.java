package io.jfvm.syscalls;

/**
 * The actor ends its invocation itself ({@code vm.exit}, v2 {@code vm.abort}) or a trap ended it with an exit code:
 * ref-fvm's {@code Abort::Exit}. Not an error of the machine: the call manager turns it into the call's result.
 * Unwinds out of wasm, so it is unchecked; it records no stack trace.
 */
public final class ActorExit extends RuntimeException {
    private final int exitCode;
    private final int blockId;

    /** @param blockId the data block id (FVM v3 and later {@code vm.exit}); 0 = none */
    public ActorExit(int exitCode, String message, int blockId) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.blockId = blockId;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The data block id; 0 = none. An unknown id is the call manager's to reject. */
    public int blockId() {
        return blockId;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + " (block " + Integer.toUnsignedString(blockId) + "): " + getMessage();
    }
}
