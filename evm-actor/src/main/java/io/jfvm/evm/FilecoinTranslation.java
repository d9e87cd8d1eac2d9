package io.jfvm.evm;

import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.Signature;
import io.jfvm.ipld.types.SignedMessage;
import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Ethereum transactions to Filecoin messages and back, exactly as Lotus maps them (fevm.md §5.4–5.5; Lotus
 * {@code ToUnsignedFilecoinMessage}, {@code ToSignedFilecoinMessage}, {@code EthTransactionFromSignedFilecoinMessage}
 * in {@code chain/types/ethtypes/}). The reverse mapping reproduces the transaction exactly, so
 * {@code fromSignedMessage(toSignedMessage(tx)).encode()} is the raw transaction.
 */
public final class FilecoinTranslation {
    /** EAM {@code CreateExternal}: a creation goes to f010 with this method. */
    public static final long EAM_CREATE_EXTERNAL = 4;
    /** EVM {@code InvokeContract} (FRC-42 hash of "InvokeEVM"): every call goes to the receiver with this method. */
    public static final long EVM_INVOKE_CONTRACT = 3844450837L;
    public static final Address EAM_ADDRESS = Address.id(EthAddress.EAM_ACTOR_ID);

    private FilecoinTranslation() {}

    /**
     * The unsigned message of {@code tx} sent by {@code from} (§5.4): version 0; to = f010 with method 4 for a
     * creation, else the receiver's Filecoin address with InvokeContract; fee cap and premium from the 1559 fees or
     * both the legacy gas price; params empty for empty input, else the input as one CBOR byte string.
     */
    public static Message toMessage(EthTransaction tx, EthAddress from) {
        if (tx.gasLimit() < 0) {
            throw new InvalidTransactionException("gas limit " + Long.toUnsignedString(tx.gasLimit())
                    + " exceeds the largest Filecoin gas limit " + Long.MAX_VALUE);
        }
        boolean creation = tx.to() == null;
        Address to = creation ? EAM_ADDRESS : tx.to().toFilecoinAddress();
        long method = creation ? EAM_CREATE_EXTERNAL : EVM_INVOKE_CONTRACT;
        byte[] params = tx.input().length == 0 ? new byte[0] : DagCbor.encode(new CborBytes(tx.input()));
        // The sender is always the f410 of the recovered key (a key hash is never masked-ID shaped).
        Address sender = Address.fromEthAddress(from.toBytes());
        return new Message(0, to, sender, tx.nonce(), TokenAmount.ofAtto(tx.value()), tx.gasLimit(),
                TokenAmount.ofAtto(tx.gasFeeCap()), TokenAmount.ofAtto(tx.gasPremium()), method, params);
    }

    /**
     * The signed message the chain carries for {@code stx}: its message from the recovered sender and its delegated
     * signature. Its encoded length is the chain length charged for inclusion, its {@link SignedMessage#cid()} the
     * message CID (§5.5).
     *
     * @throws InvalidSignatureException when no sender can be recovered
     */
    public static SignedMessage toSignedMessage(SignedEthTransaction stx) {
        return new SignedMessage(toMessage(stx.transaction(), stx.sender()), stx.delegatedSignature());
    }

    /**
     * The Ethereum transaction a signed Filecoin message with a delegated signature carries, on the chain with
     * EIP-155 chain ID {@code chainId} (Lotus {@code EthTransactionFromSignedFilecoinMessage}). The signature data's
     * length and first byte tell the type: 65 bytes EIP-1559; {@code 01} and 66 bytes homestead; {@code 02} and
     * 65 + |v| bytes EIP-155.
     * <p>
     * Stricter than Lotus where Lotus would answer with a transaction that does not give back the message: the
     * sender must be an f410 Ethereum address (Lotus also takes an f0), a legacy message must have its premium equal
     * to its fee cap (Lotus ignores the premium), and an EIP-1559 parity byte must be 0 or 1.
     * The signature itself is not verified here; {@link SignedEthTransaction#sender()} does that.
     *
     * @throws InvalidTransactionException naming what makes the message not an Ethereum transaction
     */
    public static SignedEthTransaction fromSignedMessage(SignedMessage smsg, long chainId) {
        Message m = smsg.message();
        Signature sig = smsg.signature();
        if (sig.type() != Signature.DELEGATED) {
            throw new InvalidTransactionException("signature type " + sig.type() + " is not delegated (3)");
        }
        if (!m.from().isEthAddress() || EthAddress.of(m.from().subAddress()).isMaskedId()) {
            throw new InvalidTransactionException("sender " + m.from() + " is not an Ethereum account (f410)");
        }
        if (m.version() != 0) {
            throw new InvalidTransactionException("unsupported message version " + m.version());
        }
        byte[] input = input(m.params());
        EthAddress to = recipient(m);
        if (m.gasLimit() < 0) {
            throw new InvalidTransactionException("negative gas limit " + m.gasLimit());
        }
        BigInteger value = amount("value", m.value());
        BigInteger feeCap = amount("gas fee cap", m.gasFeeCap());
        BigInteger premium = amount("gas premium", m.gasPremium());
        byte[] data = sig.data();

        if (data.length == 65) {
            int parity = data[64] & 0xFF;
            if (parity > 1) {
                throw new InvalidTransactionException("EIP-1559 signature parity byte must be 0 or 1, got " + parity);
            }
            Eip1559Transaction tx = new Eip1559Transaction(chainId, m.sequence(), premium, feeCap, m.gasLimit(), to,
                    value, input);
            return new SignedEthTransaction(tx, signature(data, 0, parity));
        }
        if (data.length == 0) {
            throw new InvalidTransactionException("empty delegated signature");
        }
        if (!premium.equals(feeCap)) {
            throw new InvalidTransactionException("a legacy transaction's message has gas premium = gas fee cap (the gas"
                    + " price), got premium " + premium + " and fee cap " + feeCap);
        }
        if (data[0] == LegacyTransaction.HOMESTEAD_SIGNATURE_PREFIX && data.length == 66) {
            int v = data[65] & 0xFF;
            if (v != 27 && v != 28) {
                throw new InvalidTransactionException("homestead signature v must be 27 or 28, got " + v);
            }
            LegacyTransaction tx = new LegacyTransaction(0, m.sequence(), feeCap, m.gasLimit(), to, value, input);
            return new SignedEthTransaction(tx, signature(data, 1, v - 27));
        }
        if (data[0] == LegacyTransaction.EIP155_SIGNATURE_PREFIX) {
            for (int parity = 0; parity <= 1; parity++) {
                LegacyTransaction tx = new LegacyTransaction(chainId, m.sequence(), feeCap, m.gasLimit(), to, value, input);
                byte[] v = Bytes.unsigned(tx.v(parity));
                if (data.length == 65 + v.length && Arrays.equals(Arrays.copyOfRange(data, 65, data.length), v)) {
                    return new SignedEthTransaction(tx, signature(data, 1, parity));
                }
            }
            throw new InvalidTransactionException("EIP-155 signature of " + data.length + " bytes does not end with v = "
                    + "2·" + chainId + " + 35/36 in minimal big-endian");
        }
        throw new InvalidTransactionException(String.format(
                "unsupported delegated signature: %d bytes starting with 0x%02x (65 bytes for EIP-1559, 01 for homestead,"
                        + " 02 for EIP-155)", data.length, data[0]));
    }

    private static EthSignature signature(byte[] data, int from, int parity) {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(data, from, from + 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(data, from + 32, from + 64));
        return new EthSignature(r, s, parity);
    }

    /** The call data: none for empty params, else params must be exactly one non-empty CBOR byte string. */
    private static byte[] input(byte[] params) {
        if (params.length == 0) {
            return params;
        }
        CborValue v;
        try {
            v = DagCbor.decode(params);
        } catch (IpldException e) {
            throw new InvalidTransactionException("params are not one CBOR byte string: " + e.getMessage(), e);
        }
        if (!(v instanceof CborBytes b)) {
            throw new InvalidTransactionException("params must be a CBOR byte string, got " + v.kind());
        }
        if (b.bytes().length == 0) {
            // Empty input is encoded as empty params; an empty byte string would not map back to the same message.
            throw new InvalidTransactionException("params encode an empty byte string, which no transaction produces");
        }
        return b.bytes();
    }

    /** null for a creation (f010, CreateExternal); the receiver for InvokeContract. */
    private static EthAddress recipient(Message m) {
        if (m.to().equals(EAM_ADDRESS)) {
            if (m.methodNum() != EAM_CREATE_EXTERNAL) {
                throw new InvalidTransactionException("method " + Long.toUnsignedString(m.methodNum())
                        + " of the EAM is not CreateExternal (" + EAM_CREATE_EXTERNAL + ")");
            }
            return null;
        }
        if (m.methodNum() != EVM_INVOKE_CONTRACT) {
            throw new InvalidTransactionException("method " + Long.toUnsignedString(m.methodNum()) + " is neither "
                    + "InvokeContract (" + EVM_INVOKE_CONTRACT + ") nor, to f010, CreateExternal (" + EAM_CREATE_EXTERNAL + ")");
        }
        try {
            return EthAddress.fromFilecoinAddress(m.to());
        } catch (IllegalArgumentException e) {
            throw new InvalidTransactionException("receiver: " + e.getMessage(), e);
        }
    }

    private static BigInteger amount(String field, TokenAmount t) {
        BigInteger v = t.atto();
        if (v.signum() < 0 || v.bitLength() > 256) {
            throw new InvalidTransactionException(field + " " + v + " is not an unsigned 256-bit Ethereum amount");
        }
        return v;
    }
}
