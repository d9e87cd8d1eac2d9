package io.jfvm.syscalls;

/**
 * The result of a send as the actor sees it ({@code sys::out::send::Send}): the callee's exit code, the returned
 * block id (0 = none), its codec and size. FVM v2 kernels return {@code (code, 0, 0, 0)} on failure.
 */
public record SendResult(int exitCode, int returnId, long returnCodec, int returnSize) {}
