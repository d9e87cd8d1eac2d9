package io.jfvm.ipld.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.IpldException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AddressTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void idAddresses() {
        Address a = Address.id(1024);
        assertEquals("008008", a.toHex());
        assertEquals("f01024", a.toString());
        assertEquals("t01024", a.toString('t'));
        assertEquals(a, Address.parse("f01024"));
        assertEquals(a, Address.fromBytes(HEX.parseHex("008008")));
        assertEquals(1024, a.id());
        Address max = Address.id(-1L);
        assertEquals("f018446744073709551615", max.toString());
        assertEquals(max, Address.parse(max.toString()));
    }

    @Test
    void ethereumAddressesUseF410() {
        byte[] eth = HEX.parseHex("d388ab098ed3e84c0d808776440b48f685198498");
        Address a = Address.fromEthAddress(eth);
        assertEquals("f410f2oekwcmo2pueydmaq53eic2i62crtbeyuzx2gmy", a.toString());
        assertEquals(a, Address.parse("f410f2oekwcmo2pueydmaq53eic2i62crtbeyuzx2gmy"));
        assertTrue(a.isEthAddress());
        assertEquals(10, a.namespace());
        assertArrayEquals(eth, a.subAddress());
        assertEquals("040a" + HEX.formatHex(eth), a.toHex());
    }

    @Test
    void keyAndActorAddressesRoundTrip() {
        Address secp = Address.secp256k1FromPublicKey(new byte[65]);
        Address actor = Address.actorFromData(new byte[] {1, 2, 3});
        byte[] blsKey = new byte[48];
        blsKey[0] = (byte) 0xC0;
        Address bls = Address.bls(blsKey);
        for (Address a : new Address[] {secp, actor, bls, Address.delegated(32, new byte[54])}) {
            assertEquals(a, Address.parse(a.toString()), a.toString());
            assertEquals(a, Address.parse(a.toString('t')), a.toString());
            assertEquals(a, Address.fromBytes(a.toBytes()));
            assertEquals(a, Address.fromCbor(a.toCbor()));
        }
        assertTrue(secp.toString().startsWith("f1"));
        assertTrue(bls.toString().startsWith("f3"));
    }

    @Test
    void unknownProtocolIsRejected() {
        IpldException e = assertThrows(IpldException.class, () -> Address.fromBytes(new byte[] {5, 1}));
        assertEquals("unknown address protocol 5 at offset 0", e.getMessage());
        e = assertThrows(IpldException.class, () -> Address.parse("f5abc"));
        assertTrue(e.getMessage().contains("unknown address protocol '5'"), e.getMessage());
    }

    @Test
    void malformedAddressesAreRejected() {
        String good = Address.actorFromData(new byte[] {9}).toString();
        char last = good.charAt(good.length() - 1);
        String tampered = good.substring(0, good.length() - 1) + (last == 'a' ? 'b' : 'a');
        assertThrows(IpldException.class, () -> Address.parse(tampered));
        assertTrue(assertThrows(IpldException.class, () -> Address.fromBytes(new byte[] {1, 1, 2}))
                .getMessage().contains("payload must be 20 bytes, got 2"));
        assertTrue(assertThrows(IpldException.class, () -> Address.fromBytes(HEX.parseHex("00800800")))
                .getMessage().contains("trailing bytes"));
        assertTrue(assertThrows(IpldException.class, () -> Address.fromBytes(HEX.parseHex("008000")))
                .getMessage().contains("non-minimal"));
        assertTrue(assertThrows(IpldException.class, () -> Address.fromBytes(new byte[] {0}))
                .getMessage().contains("too short"));
        assertTrue(assertThrows(IpldException.class, () -> Address.delegated(10, new byte[55]))
                .getMessage().contains("exceeds 54"));
        assertThrows(IpldException.class, () -> Address.parse("x0100"));
        assertThrows(IpldException.class, () -> Address.parse("f0-1"));
        assertThrows(IpldException.class, () -> Address.parse("f018446744073709551616"));
        assertThrows(IpldException.class, () -> Address.parse("f4f" + "aaaa"));
    }
}
