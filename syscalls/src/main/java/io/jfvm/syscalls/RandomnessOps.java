package io.jfvm.syscalls;

import io.jfvm.gas.OutOfGasException;

/** {@code rand.*}: 32 bytes, hashed with the DST and entropy as the kernel of each line does. */
public interface RandomnessOps {
    byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy) throws OutOfGasException;

    byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy) throws OutOfGasException;
}
