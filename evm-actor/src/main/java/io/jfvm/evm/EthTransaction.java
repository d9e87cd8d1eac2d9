package io.jfvm.evm;

import java.math.BigInteger;

/**
 * The signed-over fields of an Ethereum transaction of a type the FEVM accepts (fevm.md §5.1): EIP-1559
 * ({@link Eip1559Transaction}) or legacy ({@link LegacyTransaction}, homestead or EIP-155). With a signature it
 * becomes a {@link SignedEthTransaction}.
 */
public sealed interface EthTransaction permits Eip1559Transaction, LegacyTransaction {
    int EIP1559_TYPE = 2;
    int LEGACY_TYPE = 0;

    /** The EIP-2718 type: 2, or 0 for legacy. */
    int type();

    /** The EIP-155 chain ID; 0 for a homestead transaction, which has none. */
    long chainId();

    /** The nonce (the bits of a u64). */
    long nonce();

    /** The gas limit (the bits of a u64). */
    long gasLimit();

    /** The receiver; null for a contract creation. */
    EthAddress to();

    BigInteger value();

    /** The call data or init code (owned by the transaction, not copied). */
    byte[] input();

    /** The most the sender pays per unit of gas: maxFeePerGas, or the legacy gas price. */
    BigInteger gasFeeCap();

    /** The most the miner gets per unit of gas: maxPriorityFeePerGas, or the legacy gas price. */
    BigInteger gasPremium();

    /** The encoding that is hashed and signed (fevm.md §5.3). */
    byte[] signingPayload();

    /** keccak256 of {@link #signingPayload()}: the digest a sender signs. */
    default byte[] signingDigest() {
        return Keccak.hash(signingPayload());
    }

    /** {@code v} as the signed encoding writes it for this y parity. */
    BigInteger v(int yParity);

    /** The signed encoding: what a client sends to {@code eth_sendRawTransaction} (fevm.md §5.5). */
    byte[] signedEncoding(EthSignature signature);

    /** The data of the Filecoin delegated signature (after its type byte 3) that carries {@code signature} (§5.5). */
    byte[] delegatedSignatureData(EthSignature signature);

    /** Signs with {@code key} (RFC 6979, low s). */
    default SignedEthTransaction sign(EthPrivateKey key) {
        return new SignedEthTransaction(this, key.sign(signingDigest()));
    }
}
