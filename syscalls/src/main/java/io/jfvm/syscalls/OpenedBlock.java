package io.jfvm.syscalls;

/** The result of {@code ipld.block_open}: the new block id, its codec and size. */
public record OpenedBlock(int id, long codec, int size) {}
