package io.jfvm.ipld.types;

/**
 * A network version jfvm does not run. Raised when a machine, a vector or a command names it, never in the middle of
 * a message ({@code fvm-v4-deltas.md} §1 rule 1).
 */
public final class UnsupportedNetworkVersionException extends IllegalArgumentException {
    public UnsupportedNetworkVersionException(long networkVersion) {
        super("network version " + networkVersion + " is not supported: jfvm runs " + NetworkVersion.supportedRange());
    }
}
