package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The acceptance rules of fevm.md §5.1–5.2, on Lotus's chain (314) and the devnet's (31415926). */
class EthTransactionDecoderTest {
    private static final EthPrivateKey KEY = EthPrivateKey.parse("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final EthAddress TO = EthAddress.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final int NV = 23;

    private static Eip1559Transaction eip1559(long chainId) {
        return new Eip1559Transaction(chainId, 7, BigInteger.valueOf(100_000), BigInteger.valueOf(2_000_000), 3_000_000, TO,
                BigInteger.valueOf(12345), hex("a9059cbb"));
    }

    /** The items of a signed EIP-1559 transaction (after its type byte). */
    private static List<RlpItem> items1559(long chainId) {
        return new ArrayList<>(((RlpList) Rlp.decode(eip1559(chainId).sign(KEY).encode(), 1)).items());
    }

    private static byte[] typed(List<RlpItem> items) {
        return Bytes.concat(new byte[] {2}, Rlp.encode(RlpList.of(items)));
    }

    private static String rejected(byte[] raw, long chainId, int nv, String what) {
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> EthTransactionDecoder.decode(raw, chainId, nv));
        assertTrue(e.getMessage().contains(what), e.getMessage());
        return e.getMessage();
    }

    private static String rejected1559(long chainId, int item, RlpItem replacement, String what) {
        List<RlpItem> items = items1559(chainId);
        items.set(item, replacement);
        return rejected(typed(items), chainId, NV, what);
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void signedTransactionsDecodeToThemselves(long chainId) {
        SignedEthTransaction stx = eip1559(chainId).sign(KEY);
        SignedEthTransaction back = EthTransactionDecoder.decode(stx.encode(), chainId, 18);
        assertEquals(stx, back);
        assertEquals(KEY.address(), back.sender());
        LegacyTransaction eip155 = new LegacyTransaction(chainId, 0, BigInteger.TEN, 21_000, null, BigInteger.ZERO, hex("00"));
        LegacyTransaction homestead = new LegacyTransaction(0, 0, BigInteger.TEN, 21_000, TO, BigInteger.ONE, new byte[0]);
        for (LegacyTransaction tx : new LegacyTransaction[] {eip155, homestead}) {
            SignedEthTransaction s = tx.sign(KEY);
            assertEquals(s, EthTransactionDecoder.decode(s.encode(), chainId, NV));
            assertEquals(KEY.address(), s.sender());
        }
        assertNull(EthTransactionDecoder.decode(eip155.sign(KEY).encode(), chainId, NV).transaction().to());
    }

    @Test
    void unsupportedTypes() {
        rejected(new byte[0], 314, NV, "empty transaction");
        rejected(hex("01c0"), 314, NV, "EIP-2930 (type 1) transactions are not supported");
        rejected(hex("03c0"), 314, NV, "EIP-4844 (type 3) blob transactions are not supported");
        rejected(hex("04c0"), 314, NV, "EIP-7702 (type 4) transactions are not supported");
        rejected(hex("05c0"), 314, NV, "transaction type 0x05 is not supported");
        rejected(hex("00"), 314, NV, "transaction type 0x00 is not supported");
        rejected(hex("8180"), 314, NV, "first byte 0x81 starts an RLP byte string");
    }

    /** EIP-1559 from nv18, legacy from nv23 (Lotus {@code IsValidEthTxForSending}). */
    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void networkVersions(long chainId) {
        byte[] eip1559 = eip1559(chainId).sign(KEY).encode();
        rejected(eip1559, chainId, 17, "EIP-1559 transactions are valid from network version 18, this chain is at network version 17");
        EthTransactionDecoder.decode(eip1559, chainId, 18);
        byte[] legacy = new LegacyTransaction(chainId, 0, BigInteger.TEN, 21_000, TO, BigInteger.ZERO, new byte[0]).sign(KEY).encode();
        rejected(legacy, chainId, 22, "legacy transactions are valid from network version 23, this chain is at network version 22");
        EthTransactionDecoder.decode(legacy, chainId, 23);
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void eip1559Fields(long chainId) {
        List<RlpItem> eleven = items1559(chainId);
        eleven.remove(11);
        rejected(typed(eleven), chainId, NV, "EIP-1559 transaction must have 12 RLP items, got 11");
        rejected(Bytes.concat(eip1559(chainId).sign(KEY).encode(), new byte[] {0}), chainId, NV, "1 trailing bytes");
        rejected(eip1559(chainId).sign(KEY).encode(), chainId + 1, NV, "chain ID " + chainId + " is not this chain's " + (chainId + 1));
        rejected1559(chainId, 8, RlpList.of(RlpList.of(RlpString.of(TO.toBytes()), RlpList.of())), "access lists are not supported, got 1 entries");
        rejected1559(chainId, 8, RlpString.EMPTY, "accessList (item 8 at offset");
        rejected1559(chainId, 9, RlpString.ofUnsigned(2), "v (item 9 at offset");
        rejected1559(chainId, 9, RlpString.ofUnsigned(27), "must be 0 or 1 (the y parity), got 27");
        rejected1559(chainId, 5, RlpString.of(new byte[19]), "must be empty (creation) or 20 bytes, got 19");
        rejected1559(chainId, 7, RlpList.of(), "field data (item 7 at offset");
        rejected1559(chainId, 4, RlpString.of(new byte[9]), "field gasLimit (item 4 at offset");
        rejected1559(chainId, 6, RlpString.of(hex("01" + "00".repeat(32))), "integer of 33 bytes exceeds 32");
        rejected1559(chainId, 10, RlpList.of(), "field r (item 10 at offset");
    }

    /** Integers must be canonical, so that the hash of an accepted transaction is keccak256 of its raw bytes. */
    @Test
    void nonCanonicalIntegers() {
        // 02, then the list header f8 xx, then chainId 82 01 3a: the nonce starts at offset 6.
        String m = rejected1559(314, 1, RlpString.of(hex("0007")), "field nonce (item 1 at offset 6): non-canonical integer: leading zero byte");
        assertTrue(m.startsWith("EIP-1559 transaction field nonce"), m);
        rejected1559(314, 1, RlpString.of(hex("00")), "non-canonical integer");
        rejected1559(314, 11, RlpString.of(hex("00" + "11".repeat(31))), "field s (item 11");
    }

    @Test
    void legacyFields() {
        SignedEthTransaction stx = new LegacyTransaction(314, 1, BigInteger.TEN, 21_000, TO, BigInteger.ZERO, new byte[0]).sign(KEY);
        List<RlpItem> items = new ArrayList<>(((RlpList) Rlp.decode(stx.encode())).items());
        items.add(RlpString.EMPTY);
        rejected(Rlp.encode(RlpList.of(items)), 314, NV, "legacy transaction must have 9 RLP items, got 10");
        items.remove(9);
        items.set(6, RlpString.ofUnsigned(29));
        rejected(Rlp.encode(RlpList.of(items)), 314, NV, "got 29");
        items.set(6, RlpString.ofUnsigned(2 * 314 + 37));
        rejected(Rlp.encode(RlpList.of(items)), 314, NV, "signs for chain ID 315, not this chain's 314");
        items.set(6, RlpString.ofUnsigned(2 * 314 + 36));
        SignedEthTransaction flipped = EthTransactionDecoder.decode(Rlp.encode(RlpList.of(items)), 314, NV);
        assertEquals(1 - stx.signature().yParity(), flipped.signature().yParity());
        assertArrayEquals(stx.transaction().signingDigest(), flipped.transaction().signingDigest());
    }
}
