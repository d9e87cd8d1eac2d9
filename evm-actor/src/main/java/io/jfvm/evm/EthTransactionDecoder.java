package io.jfvm.evm;

import java.math.BigInteger;

/**
 * Parses raw signed transactions strictly (fevm.md §5.1–5.3; Lotus {@code ParseEthTransaction} and the parsers
 * in {@code eth_1559_transactions.go} and {@code eth_transactions.go}):
 * <ul>
 *   <li>first byte {@code 0x02}: EIP-1559, from network version 18; {@code 0xc0} and above: legacy, from network
 *       version 23; types 1 (EIP-2930), 3 (EIP-4844), 4 (EIP-7702) and anything else are refused;</li>
 *   <li>RLP as strict as {@link Rlp}; exactly 12 items (EIP-1559) or 9 (legacy);</li>
 *   <li>an EIP-1559 chain ID equal to this chain's, an empty access list, {@code v} 0 or 1; a legacy {@code v} of
 *       27/28 (homestead) or 2·chainId + 35/36 (EIP-155);</li>
 *   <li>{@code to} empty (creation) or 20 bytes; nonce and gas limit at most 8 bytes; amounts and {@code r},
 *       {@code s} at most 32 bytes.</li>
 * </ul>
 * Integers must be canonical (no leading zero bytes, zero as the empty string), as go-ethereum requires. Lotus
 * accepts leading zeros and re-encodes without them, which gives such a transaction a hash other than
 * keccak256 of the bytes the client sent; refusing them keeps the hash of every accepted transaction equal to
 * keccak256(raw).
 */
public final class EthTransactionDecoder {
    /** EIP-1559 transactions exist on Filecoin from nv18 (FEVM, FIP-0054). */
    public static final int EIP1559_MIN_NETWORK_VERSION = 18;
    /** Legacy transactions are valid from nv23 (Lotus {@code IsValidEthTxForSending}). */
    public static final int LEGACY_MIN_NETWORK_VERSION = 23;

    private static final int EIP1559_ITEMS = 12;
    private static final int LEGACY_ITEMS = 9;
    private static final int LEGACY_LIST_PREFIX = 0xc0;

    private EthTransactionDecoder() {}

    /**
     * Decodes a raw signed transaction for the chain with EIP-155 chain ID {@code chainId} at network version
     * {@code networkVersion}.
     *
     * @throws InvalidTransactionException naming the type, field and offset of what is wrong
     */
    public static SignedEthTransaction decode(byte[] raw, long chainId, int networkVersion) {
        if (raw.length == 0) {
            throw new InvalidTransactionException("empty transaction");
        }
        int first = raw[0] & 0xFF;
        switch (first) {
            case EthTransaction.EIP1559_TYPE:
                requireNetworkVersion("EIP-1559", EIP1559_MIN_NETWORK_VERSION, networkVersion);
                return decode1559(raw, chainId);
            case 0x01:
                throw new InvalidTransactionException("EIP-2930 (type 1) transactions are not supported");
            case 0x03:
                throw new InvalidTransactionException("EIP-4844 (type 3) blob transactions are not supported");
            case 0x04:
                throw new InvalidTransactionException("EIP-7702 (type 4) transactions are not supported");
            default:
                if (first >= LEGACY_LIST_PREFIX) {
                    requireNetworkVersion("legacy", LEGACY_MIN_NETWORK_VERSION, networkVersion);
                    return decodeLegacy(raw, chainId);
                }
                if (first >= 0x80) {
                    throw new InvalidTransactionException(String.format(
                            "first byte 0x%02x starts an RLP byte string; a legacy transaction is an RLP list", first));
                }
                throw new InvalidTransactionException(String.format("transaction type 0x%02x is not supported", first));
        }
    }

    private static void requireNetworkVersion(String kind, int min, int networkVersion) {
        if (networkVersion < min) {
            throw new InvalidTransactionException(kind + " transactions are valid from network version " + min
                    + ", this chain is at network version " + networkVersion);
        }
    }

    private static SignedEthTransaction decode1559(byte[] raw, long chainId) {
        Fields f = Fields.of("EIP-1559", raw, 1, EIP1559_ITEMS);
        long txChainId = f.u64(0, "chainId");
        if (txChainId != chainId) {
            throw f.error(0, "chainId", "chain ID " + Long.toUnsignedString(txChainId) + " is not this chain's " + chainId);
        }
        RlpItem accessList = f.item(8);
        if (!(accessList instanceof RlpList l)) {
            throw f.error(8, "accessList", "must be a list, got a byte string");
        }
        if (l.size() != 0) {
            throw f.error(8, "accessList", "access lists are not supported, got " + l.size() + " entries");
        }
        BigInteger v = f.u256(9, "v");
        if (v.compareTo(BigInteger.ONE) > 0) {
            throw f.error(9, "v", "must be 0 or 1 (the y parity), got " + v);
        }
        Eip1559Transaction tx = new Eip1559Transaction(txChainId, f.u64(1, "nonce"), f.u256(2, "maxPriorityFeePerGas"),
                f.u256(3, "maxFeePerGas"), f.u64(4, "gasLimit"), f.to(5), f.u256(6, "value"), f.bytes(7, "data"));
        return new SignedEthTransaction(tx, new EthSignature(f.u256(10, "r"), f.u256(11, "s"), v.intValue()));
    }

    private static SignedEthTransaction decodeLegacy(byte[] raw, long chainId) {
        Fields f = Fields.of("legacy", raw, 0, LEGACY_ITEMS);
        BigInteger v = f.u256(6, "v");
        BigInteger eip155Base = BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35));
        long txChainId;
        int yParity;
        if (v.equals(BigInteger.valueOf(27)) || v.equals(BigInteger.valueOf(28))) {
            txChainId = 0;
            yParity = v.intValue() - 27;
        } else if (v.equals(eip155Base) || v.equals(eip155Base.add(BigInteger.ONE))) {
            txChainId = chainId;
            yParity = v.subtract(eip155Base).intValue();
        } else if (v.compareTo(BigInteger.valueOf(35)) >= 0) {
            BigInteger other = v.subtract(BigInteger.valueOf(35)).shiftRight(1);
            throw f.error(6, "v", "EIP-155 v = " + v + " signs for chain ID " + other + ", not this chain's " + chainId);
        } else {
            throw f.error(6, "v", "must be 27 or 28 (homestead) or 2·chainId + 35/36 (EIP-155), got " + v);
        }
        LegacyTransaction tx = new LegacyTransaction(txChainId, f.u64(0, "nonce"), f.u256(1, "gasPrice"),
                f.u64(2, "gasLimit"), f.to(3), f.u256(4, "value"), f.bytes(5, "data"));
        return new SignedEthTransaction(tx, new EthSignature(f.u256(7, "r"), f.u256(8, "s"), yParity));
    }

    /** The items of a transaction's RLP list, read with errors that name the field and its offset. */
    private record Fields(String kind, RlpList list) {
        static Fields of(String kind, byte[] raw, int from, int items) {
            RlpItem top;
            try {
                top = Rlp.decode(raw, from);
            } catch (RlpException e) {
                throw new InvalidTransactionException("malformed " + kind + " transaction: " + e.getMessage(), e);
            }
            if (!(top instanceof RlpList l)) {
                throw new InvalidTransactionException(kind + " transaction at offset " + from
                        + " must be an RLP list, got a byte string");
            }
            if (l.size() != items) {
                throw new InvalidTransactionException(kind + " transaction must have " + items + " RLP items, got "
                        + l.size() + " (list at offset " + from + ")");
            }
            return new Fields(kind, l);
        }

        RlpItem item(int i) {
            return list.get(i);
        }

        InvalidTransactionException error(int i, String field, String what) {
            return new InvalidTransactionException(kind + " transaction field " + field + " (item " + i + " at offset "
                    + list.get(i).offset() + "): " + what);
        }

        byte[] bytes(int i, String field) {
            if (!(list.get(i) instanceof RlpString s)) {
                throw error(i, field, "must be a byte string, got a list");
            }
            return s.bytes();
        }

        /** A canonical unsigned integer of at most {@code maxBytes} bytes. */
        private byte[] integer(int i, String field, int maxBytes) {
            byte[] b = bytes(i, field);
            if (b.length > maxBytes) {
                throw error(i, field, "integer of " + b.length + " bytes exceeds " + maxBytes);
            }
            if (b.length > 0 && b[0] == 0) {
                throw error(i, field, "non-canonical integer: leading zero byte");
            }
            return b;
        }

        long u64(int i, String field) {
            long v = 0;
            for (byte x : integer(i, field, 8)) {
                v = (v << 8) | (x & 0xFF);
            }
            return v;
        }

        BigInteger u256(int i, String field) {
            return new BigInteger(1, integer(i, field, 32));
        }

        EthAddress to(int i) {
            byte[] b = bytes(i, "to");
            if (b.length == 0) {
                return null;
            }
            if (b.length != EthAddress.LENGTH) {
                throw error(i, "to", "must be empty (creation) or 20 bytes, got " + b.length);
            }
            return EthAddress.of(b);
        }
    }
}
