package io.jfvm.evm;

/**
 * RLP input that {@link Rlp} refuses. The message says what is wrong and at which byte offset of the input.
 */
public final class RlpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    RlpException(int offset, String what) {
        super(what + " at offset " + offset);
        this.offset = offset;
    }

    /** The offset in the input of the byte where the problem was found. */
    public int offset() {
        return offset;
    }
}
