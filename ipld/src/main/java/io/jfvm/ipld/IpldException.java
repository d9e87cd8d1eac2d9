package io.jfvm.ipld;

/**
 * Malformed or unsupported IPLD input: a bad CID, multihash, varint, CBOR item, CAR file or data structure node.
 * The message always says what is wrong and, where input bytes are involved, at which offset.
 */
public class IpldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IpldException(String message) {
        super(message);
    }

    public IpldException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error found in input bytes at {@code offset}. */
    public static IpldException at(long offset, String what) {
        return new IpldException(what + " at offset " + offset);
    }
}
