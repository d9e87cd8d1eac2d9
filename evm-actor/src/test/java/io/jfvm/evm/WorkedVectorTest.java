package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfvm.ipld.types.SignedMessage;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The worked vectors of fevm.md §5.7, end to end on the devnet chain: sign with the account-0 key, decode the raw
 * bytes back, translate to the Filecoin message and signed message, and map the signed message back.
 */
class WorkedVectorTest {
    private static final long DEVNET_CHAIN_ID = 31415926;
    private static final int NV = 23;
    private static final EthPrivateKey KEY = EthPrivateKey.parse("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final EthAddress SENDER = EthAddress.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    @Test
    void eip1559Creation() {
        Eip1559Transaction tx = new Eip1559Transaction(DEVNET_CHAIN_ID, 0, BigInteger.valueOf(100_000),
                BigInteger.valueOf(1_000_000), 30_000_000, null, BigInteger.ZERO, hex("6080"));
        assertEquals("5d82d33dc9f91543c57c573e4d21afc1453889c53b108b3fddec63b3d039e225", hex(tx.signingDigest()));
        SignedEthTransaction stx = tx.sign(KEY);
        String raw = "02f85c8401df5e7680830186a0830f42408401c9c3808080826080c080a01921e54c09dc0ef49538d4c120c15088a5e8cbd291"
                + "e91c2fb131cac88d53e7dda041fd2e249bbdfa4533dda76bbebea29e5244394b103adf4a0b555c0706d6ac63";
        assertEquals(raw, hex(stx.encode()));
        assertEquals("f4431cc872cd5ed3545a65db563d6c1298598d2c796eac8c250631780eaf1514", hex(stx.hash()));
        assertEquals(stx, EthTransactionDecoder.decode(hex(raw), DEVNET_CHAIN_ID, 18));
        assertEquals(SENDER, stx.sender());

        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        assertEquals("8a0042000a56040af39fd6e51aad88f6f4ce6ab8827279cfffb9226600401a01c9c38044000f424044000186a004434260"
                + "80", hex(smsg.message().encode()));
        assertEquals(65, smsg.signature().data().length);
        byte[] encoded = smsg.encode();
        assertEquals(119, encoded.length, "the chain length charged for inclusion");
        assertEquals("bafy2bzacecpf5guzueaxtcxchi6sdm7jjnap4pbdsrxzf2clep6czcnfq6d5a", smsg.cid().toString());
        assertEquals("0x5FbDB2315678afecb367f032d93F642f64180aa3", EthAddress.contractAddress(stx.sender(), tx.nonce()).toString());

        SignedEthTransaction back = FilecoinTranslation.fromSignedMessage(SignedMessage.decode(encoded), DEVNET_CHAIN_ID);
        assertEquals(stx, back);
        assertArrayEquals(hex(raw), back.encode());
    }

    @Test
    void eip155Call() {
        LegacyTransaction tx = new LegacyTransaction(DEVNET_CHAIN_ID, 1, BigInteger.valueOf(1_000_000), 30_000_000,
                EthAddress.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"), BigInteger.valueOf(5), new byte[0]);
        SignedEthTransaction stx = tx.sign(KEY);
        String raw = "f86801830f42408401c9c380945fbdb2315678afecb367f032d93f642f64180aa305808403bebd10a02c67e929961278678b"
                + "f75be0e0b7ce6d23437d4942b4109422f3ff34e847e3eba052467ca0661487003ddf2c5932aa39060e9f6c301b4e1b8a9d90ab5d45f26035";
        assertEquals(raw, hex(stx.encode()));
        assertEquals("c4cc76628637a271f63dcedf30d7d01b30aea5b53667eabbaf6f01a7b25eb200", hex(stx.hash()));
        assertEquals(BigInteger.valueOf(2 * DEVNET_CHAIN_ID + 36), stx.v());
        assertEquals(stx, EthTransactionDecoder.decode(hex(raw), DEVNET_CHAIN_ID, NV));
        assertEquals(SENDER, stx.sender());

        SignedMessage smsg = FilecoinTranslation.toSignedMessage(stx);
        assertEquals("8a0056040a5fbdb2315678afecb367f032d93f642f64180aa356040af39fd6e51aad88f6f4ce6ab8827279cfffb922660142"
                + "00051a01c9c38044000f424044000f42401ae525aa1540", hex(smsg.message().encode()));
        byte[] sig = smsg.signature().data();
        assertEquals(69, sig.length);
        assertEquals("02" + hex(stx.signature().rs()) + "03bebd10", hex(sig));
        assertEquals("bafy2bzacedzb73f3bti6ed3er6rraoh633br4z7upkcgkrzv3pxqou77k34uc", smsg.cid().toString());

        SignedEthTransaction back = FilecoinTranslation.fromSignedMessage(SignedMessage.decode(smsg.encode()), DEVNET_CHAIN_ID);
        assertEquals(stx, back);
        assertArrayEquals(hex(raw), back.encode());
    }
}
