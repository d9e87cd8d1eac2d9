package io.jfvm.syscalls;


/** {@code debug.*}. */
public interface DebugOps {
    boolean debugEnabled();

    void log(String message);

    void storeArtifact(String name, byte[] data);
}
