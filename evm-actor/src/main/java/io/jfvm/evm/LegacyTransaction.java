package io.jfvm.evm;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A legacy (type 0) transaction without its signature: homestead when {@code chainId} is 0 ({@code v} = 27/28,
 * no replay protection), EIP-155 otherwise ({@code v} = 2·chainId + 35/36, the chain ID signed over)
 * (fevm.md §5.1–5.3; Lotus {@code eth_legacy_homestead_transactions.go}, {@code eth_legacy_155_transactions.go}).
 * Valid on chain from network version 23 only ({@link EthTransactionDecoder}).
 *
 * @param chainId 0 for homestead
 * @param to      null for a contract creation
 */
public record LegacyTransaction(long chainId, long nonce, BigInteger gasPrice, long gasLimit, EthAddress to,
                                BigInteger value, byte[] input) implements EthTransaction {
    /** The delegated-signature prefix that marks a homestead transaction (Lotus). */
    public static final byte HOMESTEAD_SIGNATURE_PREFIX = 0x01;
    /** The delegated-signature prefix that marks an EIP-155 transaction (Lotus). */
    public static final byte EIP155_SIGNATURE_PREFIX = 0x02;

    public LegacyTransaction {
        if (chainId < 0) {
            throw new IllegalArgumentException("chain ID must not be negative, got " + chainId);
        }
        TransactionFields.requireUnsigned256("gasPrice", gasPrice);
        TransactionFields.requireUnsigned256("value", value);
        Objects.requireNonNull(input, "input");
    }

    public boolean isHomestead() {
        return chainId == 0;
    }

    @Override
    public int type() {
        return LEGACY_TYPE;
    }

    @Override
    public BigInteger gasFeeCap() {
        return gasPrice;
    }

    @Override
    public BigInteger gasPremium() {
        return gasPrice;
    }

    /** Homestead: {@code rlp([nonce, gasPrice, gasLimit, to, value, data])}; EIP-155 adds {@code chainId, "", ""}. */
    @Override
    public byte[] signingPayload() {
        RlpItem[] base = fields();
        if (isHomestead()) {
            return Rlp.encode(RlpList.of(base));
        }
        RlpItem[] all = Arrays.copyOf(base, base.length + 3);
        all[base.length] = RlpString.ofUnsigned(chainId);
        all[base.length + 1] = RlpString.EMPTY;
        all[base.length + 2] = RlpString.EMPTY;
        return Rlp.encode(RlpList.of(all));
    }

    /** 27 + parity for homestead, 2·chainId + 35 + parity for EIP-155. */
    @Override
    public BigInteger v(int yParity) {
        BigInteger base = isHomestead() ? BigInteger.valueOf(27) : BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35));
        return base.add(BigInteger.valueOf(yParity));
    }

    /** {@code rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])}, for both kinds. */
    @Override
    public byte[] signedEncoding(EthSignature sig) {
        RlpItem[] base = fields();
        RlpItem[] all = Arrays.copyOf(base, base.length + 3);
        all[base.length] = RlpString.ofUnsigned(v(sig.yParity()));
        all[base.length + 1] = RlpString.ofUnsigned(sig.r());
        all[base.length + 2] = RlpString.ofUnsigned(sig.s());
        return Rlp.encode(RlpList.of(all));
    }

    /** Homestead: {@code 01 ‖ r ‖ s ‖ v} (66 bytes); EIP-155: {@code 02 ‖ r ‖ s ‖ v} with v minimal big-endian. */
    @Override
    public byte[] delegatedSignatureData(EthSignature sig) {
        byte prefix = isHomestead() ? HOMESTEAD_SIGNATURE_PREFIX : EIP155_SIGNATURE_PREFIX;
        return Bytes.concat(new byte[] {prefix}, sig.rs(), Bytes.unsigned(v(sig.yParity())));
    }

    private RlpItem[] fields() {
        return new RlpItem[] {RlpString.ofUnsigned(nonce), RlpString.ofUnsigned(gasPrice), RlpString.ofUnsigned(gasLimit),
            TransactionFields.to(to), RlpString.ofUnsigned(value), RlpString.of(input)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyTransaction t && t.chainId == chainId && t.nonce == nonce && t.gasPrice.equals(gasPrice)
                && t.gasLimit == gasLimit && Objects.equals(t.to, to) && t.value.equals(value)
                && Arrays.equals(t.input, input);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chainId, nonce, gasPrice, gasLimit, to, value) * 31 + Arrays.hashCode(input);
    }

    @Override
    public String toString() {
        return "LegacyTransaction[" + (isHomestead() ? "homestead" : "chainId=" + chainId) + ", nonce="
                + Long.toUnsignedString(nonce) + ", gasPrice=" + gasPrice + ", gasLimit=" + Long.toUnsignedString(gasLimit)
                + ", to=" + to + ", value=" + value + ", input=0x" + HexFormat.of().formatHex(input) + "]";
    }
}
