package io.jfvm.ipld.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TypesTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void bigIntBytes() {
        assertEquals("", HEX.formatHex(BigIntBytes.encode(BigInteger.ZERO)));
        assertEquals("0001", HEX.formatHex(BigIntBytes.encode(BigInteger.ONE)));
        assertEquals("0101", HEX.formatHex(BigIntBytes.encode(BigInteger.ONE.negate())));
        assertEquals("000100", HEX.formatHex(BigIntBytes.encode(BigInteger.valueOf(256))));
        assertEquals("00ff", HEX.formatHex(BigIntBytes.encode(BigInteger.valueOf(255))));
        assertEquals(BigInteger.valueOf(5), BigIntBytes.decode(HEX.parseHex("000005")));
        assertEquals(BigInteger.ZERO, BigIntBytes.decode(HEX.parseHex("00")));
        assertTrue(assertThrows(IpldException.class, () -> BigIntBytes.decode(HEX.parseHex("0201")))
                .getMessage().contains("invalid sign byte 2"));
        assertTrue(assertThrows(IpldException.class, () -> BigIntBytes.decode(new byte[129]))
                .getMessage().contains("exceeds 128"));
        assertEquals(TokenAmount.ofWholeFil(2), TokenAmount.fromCbor(TokenAmount.ofWholeFil(2).toCbor()));
    }

    @Test
    void messageFieldOrderIsToThenFrom() {
        Message m = new Message(0, Address.id(100), Address.id(101), 7, TokenAmount.ofAtto(10), 1_000_000,
                TokenAmount.ofAtto(100), TokenAmount.ofAtto(1), 2, new byte[] {(byte) 0x80});
        byte[] b = m.encode();
        assertEquals("8a00420064420065074200" + "0a1a000f4240420064420001024180", HEX.formatHex(b));
        Message back = Message.decode(b);
        assertEquals(Address.id(100), back.to());
        assertEquals(Address.id(101), back.from());
        assertArrayEquals(b, back.encode());
        SignedMessage sm = new SignedMessage(m, new Signature(Signature.SECP256K1, new byte[65]));
        assertArrayEquals(b, SignedMessage.decode(sm.encode()).message().encode());
        assertEquals(Cid.of(Multicodec.DAG_CBOR, sm.encode()), sm.cid());
        assertEquals(Multicodec.DAG_CBOR, sm.cid().codec());
        assertNotEquals(m.cid(), sm.cid(), "a signed message and its message have different CIDs");
        assertTrue(assertThrows(IpldException.class, () -> Message.decode(HEX.parseHex("8100")))
                .getMessage().contains("expected a tuple of 10 fields, got 1"));
    }

    @Test
    void receiptsInBothFormats() {
        Receipt r = new Receipt(0, new byte[] {1}, 12345, null);
        assertEquals("8300410119 3039".replace(" ", ""), HEX.formatHex(DagCbor.encode(r.toCborWithoutEvents())));
        assertEquals("8400410119 3039f6".replace(" ", ""), HEX.formatHex(DagCbor.encode(r.toCbor())));
        Receipt back = Receipt.fromCbor(r.toCbor());
        assertEquals(12345, back.gasUsed());
        assertNull(back.eventsRoot());
    }

    @Test
    void actorStateInBothFormats() {
        ActorState a = ActorState.empty(StateRoot.EMPTY_ARRAY_CID, null).withBalance(TokenAmount.ofAtto(5)).withSequence(3);
        CborValue v4 = a.toCbor(StateTreeVersion.V4);
        CborValue v5 = a.toCbor(StateTreeVersion.V5);
        assertEquals(4, v4.asList().size());
        assertEquals(5, v5.asList().size());
        assertTrue(v5.asList().get(4).isNull());
        assertEquals(a, ActorState.fromCbor(v4));
        assertEquals(a, ActorState.fromCbor(v5));
        ActorState eth = ActorState.empty(StateRoot.EMPTY_ARRAY_CID, Address.fromEthAddress(new byte[20]));
        assertEquals(eth, ActorState.fromCbor(eth.toCbor(StateTreeVersion.V5)));
        assertThrows(IllegalStateException.class, () -> eth.toCbor(StateTreeVersion.V4));
        assertTrue(assertThrows(IpldException.class, () -> StateTreeVersion.of(2)).getMessage().contains("unsupported state tree version 2"));
    }
}
