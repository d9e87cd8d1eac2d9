package io.jfvm.evm;

/**
 * Bytes or a Filecoin message that are not an Ethereum transaction this chain accepts. The message names the
 * transaction type, the field and, for raw bytes, the offset.
 */
public final class InvalidTransactionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidTransactionException(String message) {
        super(message);
    }

    InvalidTransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
