package io.jfvm.evm;

import io.jfvm.ipld.types.Signature;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An Ethereum transaction with its signature: what {@code eth_sendRawTransaction} carries
 * ({@link EthTransactionDecoder#decode}) and what {@link FilecoinTranslation} maps to and from a Filecoin message.
 */
public record SignedEthTransaction(EthTransaction transaction, EthSignature signature) {
    public SignedEthTransaction {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(signature, "signature");
    }

    /** The signed encoding (fevm.md §5.5); for canonical input, the raw bytes it was decoded from. */
    public byte[] encode() {
        return transaction.signedEncoding(signature);
    }

    /** The transaction hash: keccak256 of {@link #encode()} (Lotus {@code TxHash}). */
    public byte[] hash() {
        return Keccak.hash(encode());
    }

    /** {@code v} as encoded: the parity (type 2), 27/28 (homestead) or 2·chainId + 35/36 (EIP-155). */
    public BigInteger v() {
        return transaction.v(signature.yParity());
    }

    /**
     * The sender, recovered from the signature over {@link EthTransaction#signingDigest()} (fevm.md §5.3). The FVM
     * never checks delegated signatures, so this recovery is the only check there is.
     *
     * @throws InvalidSignatureException when no public key can be recovered
     */
    public EthAddress sender() {
        return EthAddress.fromPublicKey(Secp256k1.recover(transaction.signingDigest(), signature));
    }

    /** The Filecoin delegated signature (type 3) carrying this signature (fevm.md §5.5). */
    public Signature delegatedSignature() {
        return new Signature(Signature.DELEGATED, transaction.delegatedSignatureData(signature));
    }
}
