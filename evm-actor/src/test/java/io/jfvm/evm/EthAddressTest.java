package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jfvm.ipld.types.Address;
import org.junit.jupiter.api.Test;

class EthAddressTest {
    private static final EthAddress ACCOUNT0 = EthAddress.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    /** The examples of EIP-55 itself: all-caps, all-lower and mixed-case checksummed addresses. */
    @Test
    void eip55() {
        for (String s : new String[] {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
            EthAddress a = EthAddress.parse(s);
            assertEquals(s, a.toChecksumString());
            assertEquals(s.toLowerCase(), a.toHex());
            assertEquals(a, EthAddress.parse(s.toLowerCase()));
            assertEquals(a, EthAddress.parse("0x" + s.substring(2).toUpperCase()));
        }
    }

    @Test
    void parseRejectsWhatIsNotAnAddress() {
        String wrongChecksum = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EthAddress.parse(wrongChecksum));
        assertTrue(e.getMessage().contains("wrong EIP-55 checksum (expected 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266)"),
                e.getMessage());
        for (String bad : new String[] {"f39fd6e51aad88f6f4ce6ab8827279cfffb92266", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb922",
            "0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226600", "0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266"}) {
            assertThrows(IllegalArgumentException.class, () -> EthAddress.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> EthAddress.of(new byte[19]));
    }

    /** fevm.md §2: the f410 of account 0, its text on a testnet, and its CBOR. */
    @Test
    void f410() {
        Address f = ACCOUNT0.toFilecoinAddress();
        assertEquals("040af39fd6e51aad88f6f4ce6ab8827279cfffb92266", f.toHex());
        assertEquals("t410f6op5nzi2vwepn5gonk4ie4tzz773sitggxp4hiy", f.toString('t'));
        assertEquals("56040af39fd6e51aad88f6f4ce6ab8827279cfffb92266", hex(io.jfvm.ipld.cbor.DagCbor.encode(f.toCbor())));
        assertEquals(ACCOUNT0, EthAddress.fromFilecoinAddress(f));
        assertEquals(ACCOUNT0, EthAddress.fromFilecoinAddress(Address.parse("f410f6op5nzi2vwepn5gonk4ie4tzz773sitggxp4hiy")));
    }

    /** fevm.md §2: f01000 is 0xff000000000000000000000000000000000003e8, and maps back to f01000, not to an f410. */
    @Test
    void maskedIds() {
        EthAddress m = EthAddress.fromFilecoinAddress(Address.id(1000));
        assertEquals("0xff000000000000000000000000000000000003e8", m.toHex());
        assertTrue(m.isMaskedId());
        assertEquals(1000, m.maskedIdValue());
        assertEquals(Address.id(1000), m.toFilecoinAddress());
        EthAddress max = EthAddress.maskedId(-1L);
        assertEquals("0xff" + "00".repeat(11) + "ff".repeat(8), max.toHex());
        assertEquals(Address.id(-1L), max.toFilecoinAddress());
        assertFalse(EthAddress.parse("0xff00000000000000000000010000000000000000").isMaskedId());
        assertFalse(ACCOUNT0.isMaskedId());
        assertThrows(IllegalStateException.class, ACCOUNT0::maskedIdValue);
    }

    @Test
    void addressesWithoutAnEthereumFormAreRefused() {
        Address secp = Address.secp256k1FromPublicKey(new byte[65]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EthAddress.fromFilecoinAddress(secp));
        assertTrue(e.getMessage().contains("no Ethereum form without the state tree"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EthAddress.fromFilecoinAddress(Address.delegated(32, new byte[20])));
        assertThrows(IllegalArgumentException.class, () -> EthAddress.fromFilecoinAddress(Address.delegated(10, new byte[19])));
    }

    /** fevm.md §2: what the EAM never assigns. */
    @Test
    void reservedByEam() {
        assertTrue(EthAddress.NULL.isReservedByEam());
        assertTrue(EthAddress.parse("0x0000000000000000000000000000000000000001").isReservedByEam());
        assertTrue(EthAddress.parse("0x00000000000000000000000000000000000000ff").isReservedByEam());
        assertTrue(EthAddress.parse("0xfe00000000000000000000000000000000000003").isReservedByEam());
        assertTrue(EthAddress.maskedId(1234).isReservedByEam());
        assertFalse(EthAddress.parse("0x0000000000000000000000000000000000000100").isReservedByEam());
        assertFalse(EthAddress.parse("0xfd00000000000000000000000000000000000001").isReservedByEam());
        assertFalse(EthAddress.parse("0x0100000000000000000000000000000000000001").isReservedByEam());
        assertFalse(ACCOUNT0.isReservedByEam());
    }

    /**
     * fevm.md §5.7: the first contract account 0 deploys (nonce 0) is Hardhat's well-known 0x5FbD…0aa3; nonce 1 gives
     * 0xe7f1…0512, the second well-known deploy address.
     */
    @Test
    void contractAddress() {
        assertEquals("0x5FbDB2315678afecb367f032d93F642f64180aa3", EthAddress.contractAddress(ACCOUNT0, 0).toString());
        assertEquals("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", EthAddress.contractAddress(ACCOUNT0, 1).toString());
    }

    @Test
    void fromPublicKey() {
        assertEquals(ACCOUNT0, EthPrivateKey.parse("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80").address());
        assertThrows(IllegalArgumentException.class, () -> EthAddress.fromPublicKey(new byte[64]));
        byte[] compressedShape = new byte[65];
        compressedShape[0] = 0x02;
        assertThrows(IllegalArgumentException.class, () -> EthAddress.fromPublicKey(compressedShape));
    }

    /** Lotus {@code eth_types_test.go}: hex round trips, masked IDs of f0 addresses, and no masked ID inside an f410. */
    @Test
    void lotusAddressTables() {
        JsonNode d = TestData.json("lotus/addresses.json");
        for (JsonNode n : d.get("addresses")) {
            String lower = n.asText().toLowerCase();
            assertEquals(lower, EthAddress.parse(lower).toHex());
        }
        for (JsonNode n : d.get("maskedIdRoundTrip")) {
            Address id = Address.id(n.asLong());
            assertEquals(id, EthAddress.fromFilecoinAddress(id).toFilecoinAddress());
        }
        EthAddress masked = EthAddress.fromFilecoinAddress(Address.id(d.get("maskedIdInF410").asLong()));
        Address bad = Address.delegated(EthAddress.EAM_ACTOR_ID, masked.toBytes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EthAddress.fromFilecoinAddress(bad));
        assertTrue(e.getMessage().contains("embeds the masked ID"), e.getMessage());
    }
}
