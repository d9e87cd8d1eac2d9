package io.jfvm.runtime.call;

import io.jfvm.ipld.types.ExitCode;

/**
 * What a send produced when it was dispatched: an exit code and an optional return block. FVM v2 never carries
 * a value on failure; FVM v3 may (an actor can exit with data).
 *
 * @param exitCode the exit code (0 on success)
 * @param value the returned block, or null for none
 */
public record InvocationResult(int exitCode, BlockData value) {
    /** Success without a value (method 0, or an actor returning no block). */
    public static final InvocationResult EMPTY_OK = new InvocationResult(ExitCode.OK, null);

    public boolean isSuccess() {
        return exitCode == ExitCode.OK;
    }
}
