package io.jfvm.syscalls;


/** {@code rand.*}: 32 bytes, hashed with the DST and entropy as the kernel of each line does. */
public interface RandomnessOps {
    byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy);

    byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy);
}
