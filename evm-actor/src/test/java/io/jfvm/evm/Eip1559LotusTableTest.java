package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.SignedMessage;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lotus's table of signed EIP-1559 transactions ({@code lotus/eip1559-table.tsv}, from
 * {@code eth_1559_transactions_test.go}): each decodes to the listed fields, gives back Lotus's unsigned encoding,
 * verifies, and survives the trip through a Filecoin signed message byte for byte. The table is on chain 314.
 */
class Eip1559LotusTableTest {
    private static final List<String[]> ROWS = TestData.tsv("lotus/eip1559-table.tsv");
    private static final int NV = 18;

    static Stream<Arguments> rows() {
        return ROWS.stream().map(r -> Arguments.of((Object) r));
    }

    @Test
    void tableIsComplete() {
        assertEquals(144, ROWS.size());
        ROWS.forEach(r -> assertEquals(10, r.length, r[0]));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void row(String[] r) {
        byte[] raw = hex(r[0]);
        long chainId = Long.parseLong(r[2]);
        SignedEthTransaction stx = EthTransactionDecoder.decode(raw, chainId, NV);
        Eip1559Transaction tx = (Eip1559Transaction) stx.transaction();
        assertEquals(chainId, tx.chainId());
        assertEquals(Long.parseLong(r[3]), tx.nonce());
        assertEquals(EthAddress.parse(r[4]), tx.to());
        assertEquals(new BigInteger(r[5]), tx.value());
        assertEquals(Long.parseLong(r[6]), tx.gasLimit());
        assertEquals(new BigInteger(r[7]), tx.maxFeePerGas());
        assertEquals(new BigInteger(r[8]), tx.maxPriorityFeePerGas());
        assertArrayEquals(hex(r[9]), tx.input());

        assertEquals(r[1], "0x" + hex(tx.signingPayload()));
        assertArrayEquals(raw, stx.encode());
        assertArrayEquals(Keccak.hash(raw), stx.hash());

        // What Lotus's sigs.Verify checks: the delegated signature over the unsigned encoding names the sender.
        EthAddress sender = stx.sender();
        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        byte[] sig = smsg.signature().data();
        EthSignature fromMessage = new EthSignature(new BigInteger(1, Arrays.copyOf(sig, 32)),
                new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)), sig[64]);
        assertEquals(sender, EthAddress.fromPublicKey(Secp256k1.recover(Keccak.hash(hex(r[1])), fromMessage)));

        Message m = smsg.message();
        assertEquals(Address.fromEthAddress(sender.toBytes()), m.from());
        assertEquals(tx.to().toFilecoinAddress(), m.to());
        assertEquals(FilecoinTranslation.EVM_INVOKE_CONTRACT, m.methodNum());
        assertArrayEquals(tx.input().length == 0 ? new byte[0] : DagCbor.encode(new CborBytes(tx.input())), m.params());
        assertEquals(tx.maxFeePerGas(), m.gasFeeCap().atto());
        assertEquals(tx.maxPriorityFeePerGas(), m.gasPremium().atto());

        SignedEthTransaction back = FilecoinTranslation.fromSignedMessage(SignedMessage.decode(smsg.encode()), chainId);
        assertEquals(stx, back);
        assertArrayEquals(raw, back.encode());
    }

    /** Every row's receiver is 0xff…03ec, the masked ID of f01004: the message goes to the ID address. */
    @Test
    void receiverIsAMaskedId() {
        SignedEthTransaction stx = EthTransactionDecoder.decode(hex(ROWS.get(0)[0]), 314, NV);
        assertEquals(Address.id(1004), FilecoinTranslation.toMessage(stx.transaction(), stx.sender()).to());
    }

    /** The chain ID is part of what is signed: the table's transactions are not valid on the devnet chain. */
    @Test
    void otherChainsRefuseThem() {
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> EthTransactionDecoder.decode(hex(ROWS.get(0)[0]), 31415926, NV));
        assertTrue(e.getMessage().contains("chain ID 314 is not this chain's 31415926"), e.getMessage());
    }
}
