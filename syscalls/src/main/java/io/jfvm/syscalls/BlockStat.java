package io.jfvm.syscalls;

/** {@code IpldStat}: a block's codec and size (u32, kept as the raw int bits). */
public record BlockStat(long codec, int size) {}
