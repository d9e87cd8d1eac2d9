package io.jfvm.evm;

import java.math.BigInteger;

/** Field rules shared by the transaction types. */
final class TransactionFields {
    private TransactionFields() {}

    /** Ethereum amounts and signature values are uint256 (as geth decodes them). */
    static void requireUnsigned256(String field, BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) {
            throw new IllegalArgumentException("transaction " + field + " must be an unsigned 256-bit integer, got " + v);
        }
    }

    /** The RLP of {@code to}: the 20 bytes, or the empty string for a creation. */
    static RlpString to(EthAddress to) {
        return to == null ? RlpString.EMPTY : RlpString.of(to.toBytes());
    }
}
