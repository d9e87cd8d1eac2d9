package io.jfvm.syscalls;

/**
 * A proven consensus fault: the epoch, the target actor id and the fault type (1 double-fork mining,
 * 2 parent grinding, 3 time-offset mining). "No fault" is a null result from the kernel.
 */
public record ConsensusFault(long epoch, long target, int faultType) {}
