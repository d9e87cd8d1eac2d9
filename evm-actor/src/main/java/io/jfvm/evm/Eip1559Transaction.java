package io.jfvm.evm;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An EIP-1559 (type 2) transaction without its signature. Its access list is always empty: the FEVM rejects
 * transactions that carry one (fevm.md §5.2; Lotus {@code eth_1559_transactions.go}).
 *
 * @param to null for a contract creation
 */
public record Eip1559Transaction(long chainId, long nonce, BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas,
                                 long gasLimit, EthAddress to, BigInteger value, byte[] input) implements EthTransaction {
    public Eip1559Transaction {
        TransactionFields.requireUnsigned256("maxPriorityFeePerGas", maxPriorityFeePerGas);
        TransactionFields.requireUnsigned256("maxFeePerGas", maxFeePerGas);
        TransactionFields.requireUnsigned256("value", value);
        Objects.requireNonNull(input, "input");
    }

    @Override
    public int type() {
        return EIP1559_TYPE;
    }

    @Override
    public BigInteger gasFeeCap() {
        return maxFeePerGas;
    }

    @Override
    public BigInteger gasPremium() {
        return maxPriorityFeePerGas;
    }

    /** {@code 02 ‖ rlp([chainId, nonce, tip, feeCap, gasLimit, to, value, data, []])}. */
    @Override
    public byte[] signingPayload() {
        return typed(RlpList.of(fields(RlpList.of())));
    }

    @Override
    public BigInteger v(int yParity) {
        return BigInteger.valueOf(yParity);
    }

    /** {@code 02 ‖ rlp([..., [], v, r, s])} with {@code v} the y parity. */
    @Override
    public byte[] signedEncoding(EthSignature sig) {
        RlpItem[] unsigned = fields(RlpList.of());
        RlpItem[] all = Arrays.copyOf(unsigned, unsigned.length + 3);
        all[unsigned.length] = RlpString.ofUnsigned(v(sig.yParity()));
        all[unsigned.length + 1] = RlpString.ofUnsigned(sig.r());
        all[unsigned.length + 2] = RlpString.ofUnsigned(sig.s());
        return typed(RlpList.of(all));
    }

    /** {@code r ‖ s ‖ yParity}: 65 bytes. */
    @Override
    public byte[] delegatedSignatureData(EthSignature sig) {
        return Bytes.concat(sig.rs(), new byte[] {(byte) sig.yParity()});
    }

    private RlpItem[] fields(RlpList accessList) {
        return new RlpItem[] {RlpString.ofUnsigned(chainId), RlpString.ofUnsigned(nonce),
            RlpString.ofUnsigned(maxPriorityFeePerGas), RlpString.ofUnsigned(maxFeePerGas), RlpString.ofUnsigned(gasLimit),
            TransactionFields.to(to), RlpString.ofUnsigned(value), RlpString.of(input), accessList};
    }

    private static byte[] typed(RlpList list) {
        return Bytes.concat(new byte[] {EIP1559_TYPE}, Rlp.encode(list));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eip1559Transaction t && t.chainId == chainId && t.nonce == nonce
                && t.maxPriorityFeePerGas.equals(maxPriorityFeePerGas) && t.maxFeePerGas.equals(maxFeePerGas)
                && t.gasLimit == gasLimit && Objects.equals(t.to, to) && t.value.equals(value)
                && Arrays.equals(t.input, input);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value) * 31
                + Arrays.hashCode(input);
    }

    @Override
    public String toString() {
        return "Eip1559Transaction[chainId=" + chainId + ", nonce=" + Long.toUnsignedString(nonce)
                + ", maxPriorityFeePerGas=" + maxPriorityFeePerGas + ", maxFeePerGas=" + maxFeePerGas
                + ", gasLimit=" + Long.toUnsignedString(gasLimit) + ", to=" + to + ", value=" + value
                + ", input=0x" + HexFormat.of().formatHex(input) + "]";
    }
}
