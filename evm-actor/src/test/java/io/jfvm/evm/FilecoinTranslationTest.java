package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.Signature;
import io.jfvm.ipld.types.SignedMessage;
import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message mapping of fevm.md §5.4–5.5 in both directions, with the chain ID as a parameter. */
class FilecoinTranslationTest {
    private static final EthPrivateKey KEY = EthPrivateKey.parse("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");

    private static SignedEthTransaction call(long chainId, byte[] input) {
        return new Eip1559Transaction(chainId, 3, BigInteger.ONE, BigInteger.TEN, 1_000_000, EthAddress.maskedId(1234),
                BigInteger.valueOf(7), input).sign(KEY);
    }

    private static String rejected(SignedMessage smsg, long chainId, String what) {
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> FilecoinTranslation.fromSignedMessage(smsg, chainId));
        assertTrue(e.getMessage().contains(what), e.getMessage());
        return e.getMessage();
    }

    /** The signed message of {@code stx} with its message changed by {@code change}. */
    private static SignedMessage changed(SignedEthTransaction stx, UnaryOperator<Message> change) {
        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        return new SignedMessage(change.apply(smsg.message()), smsg.signature());
    }

    private static Message with(Message m, Address to, Address from, long method, byte[] params) {
        return new Message(m.version(), to, from, m.sequence(), m.value(), m.gasLimit(), m.gasFeeCap(), m.gasPremium(),
                method, params);
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void paramsAreTheInputAsOneCborByteString(long chainId) {
        for (int length : new int[] {0, 1, 23, 24, 255, 256, 70_000}) {
            byte[] input = new byte[length];
            Arrays.fill(input, (byte) 0xab);
            SignedEthTransaction stx = call(chainId, input);
            Message m = FilecoinTranslation.toSignedMessage(stx).message();
            String header = length == 0 ? "" : length < 24 ? String.format("%02x", 0x40 + length)
                    : length < 256 ? "58" + String.format("%02x", length) : length < 65536 ? "59" + String.format("%04x", length)
                    : "5a" + String.format("%08x", length);
            assertEquals(header + hex(stx.transaction().input()), hex(m.params()), "input of " + length + " bytes");
            assertEquals(Address.id(1234), m.to());
            assertEquals(FilecoinTranslation.EVM_INVOKE_CONTRACT, m.methodNum());
            assertEquals(stx, FilecoinTranslation.fromSignedMessage(FilecoinTranslation.toSignedMessage(stx), chainId));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void creationsGoToTheEam(long chainId) {
        for (EthTransaction tx : new EthTransaction[] {
            new Eip1559Transaction(chainId, 0, BigInteger.ONE, BigInteger.TEN, 1_000_000, null, BigInteger.ZERO, hex("6080")),
            new LegacyTransaction(chainId, 0, BigInteger.TEN, 1_000_000, null, BigInteger.ZERO, hex("6080")),
            new LegacyTransaction(0, 0, BigInteger.TEN, 1_000_000, null, BigInteger.ZERO, hex("6080"))}) {
            SignedEthTransaction stx = tx.sign(KEY);
            SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
            assertEquals(Address.id(10), smsg.message().to());
            assertEquals(4, smsg.message().methodNum());
            SignedEthTransaction back = FilecoinTranslation.fromSignedMessage(SignedMessage.decode(smsg.encode()), chainId);
            assertEquals(stx, back);
            assertArrayEquals(stx.encode(), back.encode());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void messagesThatAreNotEthereumTransactions(long chainId) {
        SignedEthTransaction stx = call(chainId, hex("01"));
        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        Message m = smsg.message();
        rejected(new SignedMessage(m, new Signature(Signature.SECP256K1, new byte[65])), chainId, "signature type 1 is not delegated (3)");
        rejected(changed(stx, x -> with(x, x.to(), Address.id(1000), x.methodNum(), x.params())), chainId,
                "sender f01000 is not an Ethereum account (f410)");
        rejected(changed(stx, x -> with(x, x.to(), Address.secp256k1FromPublicKey(new byte[65]), x.methodNum(), x.params())),
                chainId, "is not an Ethereum account (f410)");
        Address maskedF410 = Address.delegated(10, EthAddress.maskedId(5).toBytes());
        rejected(changed(stx, x -> with(x, x.to(), maskedF410, x.methodNum(), x.params())), chainId,
                "is not an Ethereum account (f410)");
        rejected(changed(stx, x -> new Message(1, x.to(), x.from(), x.sequence(), x.value(), x.gasLimit(), x.gasFeeCap(),
                x.gasPremium(), x.methodNum(), x.params())), chainId, "unsupported message version 1");
        rejected(changed(stx, x -> with(x, x.to(), x.from(), x.methodNum(), hex("01"))), chainId,
                "params must be a CBOR byte string, got");
        rejected(changed(stx, x -> with(x, x.to(), x.from(), x.methodNum(), hex("410101"))), chainId,
                "params are not one CBOR byte string");
        rejected(changed(stx, x -> with(x, x.to(), x.from(), x.methodNum(), hex("40"))), chainId,
                "params encode an empty byte string");
        rejected(changed(stx, x -> with(x, Address.id(10), x.from(), x.methodNum(), x.params())), chainId,
                "method 3844450837 of the EAM is not CreateExternal (4)");
        rejected(changed(stx, x -> with(x, x.to(), x.from(), 2, x.params())), chainId,
                "method 2 is neither InvokeContract (3844450837) nor, to f010, CreateExternal (4)");
        rejected(changed(stx, x -> with(x, Address.actorFromData(new byte[1]), x.from(), x.methodNum(), x.params())), chainId,
                "receiver: Filecoin address f2");
        rejected(changed(stx, x -> new Message(0, x.to(), x.from(), x.sequence(), TokenAmount.ofAtto(-1), x.gasLimit(),
                x.gasFeeCap(), x.gasPremium(), x.methodNum(), x.params())), chainId, "value -1 is not an unsigned 256-bit");
        rejected(changed(stx, x -> new Message(0, x.to(), x.from(), x.sequence(), x.value(), -5, x.gasFeeCap(),
                x.gasPremium(), x.methodNum(), x.params())), chainId, "negative gas limit -5");
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void signaturesThatAreNotEthereumSignatures(long chainId) {
        SignedEthTransaction stx = call(chainId, new byte[0]);
        Message m = FilecoinTranslation.toSignedMessage(stx).message();
        Message legacyFees = new Message(0, m.to(), m.from(), m.sequence(), m.value(), m.gasLimit(), m.gasFeeCap(),
                m.gasFeeCap(), m.methodNum(), m.params());
        byte[] parity2 = new byte[65];
        parity2[64] = 2;
        rejected(new SignedMessage(m, new Signature(Signature.DELEGATED, parity2)), chainId, "parity byte must be 0 or 1, got 2");
        byte[] homestead29 = new byte[66];
        homestead29[0] = 1;
        homestead29[65] = 29;
        rejected(new SignedMessage(legacyFees, new Signature(Signature.DELEGATED, homestead29)), chainId,
                "homestead signature v must be 27 or 28, got 29");
        byte[] otherChain = new LegacyTransaction(chainId + 1, 0, BigInteger.TEN, 1, null, BigInteger.ZERO, new byte[0])
                .delegatedSignatureData(new EthSignature(BigInteger.ONE, BigInteger.ONE, 0));
        rejected(new SignedMessage(legacyFees, new Signature(Signature.DELEGATED, otherChain)), chainId,
                "does not end with v = 2·" + chainId + " + 35/36");
        byte[] prefix3 = new byte[66];
        prefix3[0] = 3;
        rejected(new SignedMessage(legacyFees, new Signature(Signature.DELEGATED, prefix3)), chainId,
                "unsupported delegated signature: 66 bytes starting with 0x03");
        rejected(new SignedMessage(legacyFees, new Signature(Signature.DELEGATED, new byte[0])), chainId, "empty delegated signature");
    }

    /**
     * Lotus maps a call to 0xff…0a (the EAM's masked ID) to f010 with InvokeContract, and refuses that message on the
     * way back; we do the same, and say why.
     */
    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void aCallToTheEamsMaskedIdDoesNotMapBack(long chainId) {
        SignedEthTransaction stx = new Eip1559Transaction(chainId, 0, BigInteger.ONE, BigInteger.TEN, 1_000_000,
                EthAddress.maskedId(10), BigInteger.ZERO, new byte[0]).sign(KEY);
        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        assertEquals(Address.id(10), smsg.message().to());
        assertEquals(FilecoinTranslation.EVM_INVOKE_CONTRACT, smsg.message().methodNum());
        rejected(smsg, chainId, "of the EAM is not CreateExternal");
    }

    @ParameterizedTest
    @ValueSource(longs = {314, 31415926})
    void gasLimitsAboveTheFilecoinMaximumAreRefused(long chainId) {
        Eip1559Transaction tx = new Eip1559Transaction(chainId, 0, BigInteger.ONE, BigInteger.TEN, Long.MIN_VALUE, null,
                BigInteger.ZERO, new byte[0]);
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> FilecoinTranslation.toMessage(tx, KEY.address()));
        assertTrue(e.getMessage().contains("gas limit 9223372036854775808 exceeds"), e.getMessage());
    }
}
