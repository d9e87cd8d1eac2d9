package io.jfvm.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.StateRoot;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CidTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void emptyArrayCidMatchesRefFvm() {
        assertEquals("bafy2bzacebc3bt6cedhoyw34drrmjvazhu4oj25er2ebk4u445pzycvq4ta4a", StateRoot.EMPTY_ARRAY_CID.toString());
        byte[] b = StateRoot.EMPTY_ARRAY_CID.toBytes();
        assertEquals("0171a0e40220", HEX.formatHex(b, 0, 6));
        assertEquals(38, b.length);
    }

    @Test
    void v1StringAndBinaryFormsRoundTrip() {
        Cid c = Cid.parse("bafy2bzacebc3bt6cedhoyw34drrmjvazhu4oj25er2ebk4u445pzycvq4ta4a");
        assertEquals(1, c.version());
        assertEquals(Multicodec.DAG_CBOR, c.codec());
        assertEquals(Multihash.BLAKE2B_256, c.multihash().code());
        assertEquals(c, Cid.fromBytes(c.toBytes()));
        assertEquals(c, Cid.parse("z" + Base58.encode(c.toBytes())));
    }

    @Test
    void v0RoundTripsThroughBase58() {
        Multihash mh = Multihash.compute(Multihash.SHA2_256, "hello".getBytes());
        Cid v0 = Cid.v0(mh);
        assertEquals(0, v0.version());
        assertEquals(Multicodec.DAG_PB, v0.codec());
        assertTrue(v0.toString().startsWith("Qm"));
        assertEquals(v0, Cid.parse(v0.toString()));
        assertArrayEquals(mh.toBytes(), v0.toBytes());
        assertEquals(v0, Cid.fromBytes(v0.toBytes()));
    }

    @Test
    void commitmentCidsRoundTrip() {
        byte[] comm = new byte[32];
        comm[0] = 7;
        for (long[] kind : new long[][] {
                {Multicodec.FIL_COMMITMENT_UNSEALED, Multihash.SHA2_256_TRUNC254_PADDED},
                {Multicodec.FIL_COMMITMENT_SEALED, Multihash.POSEIDON_BLS12_381_A1_FC1}}) {
            Cid c = Cid.v1(kind[0], Multihash.of(kind[1], comm));
            assertEquals(c, Cid.parse(c.toString()));
            assertEquals(c, Cid.fromBytes(c.toBytes()));
        }
        assertTrue(Cid.v1(Multicodec.FIL_COMMITMENT_UNSEALED, Multihash.of(Multihash.SHA2_256_TRUNC254_PADDED, comm))
                .toString().startsWith("baga6ea4sea"));
    }

    @Test
    void identityAndRawCids() {
        Cid id = Cid.v1(Multicodec.RAW, Multihash.compute(Multihash.IDENTITY, new byte[] {1, 2, 3}));
        assertEquals("01550003010203", HEX.formatHex(id.toBytes()));
        assertEquals(id, Cid.parse(id.toString()));
    }

    @Test
    void wrongCidVersionIsRejected() {
        byte[] b = StateRoot.EMPTY_ARRAY_CID.toBytes();
        b[0] = 2;
        IpldException e = assertThrows(IpldException.class, () -> Cid.fromBytes(b));
        assertTrue(e.getMessage().contains("unsupported CID version 2 at offset 0"), e.getMessage());
        b[0] = 0;
        e = assertThrows(IpldException.class, () -> Cid.fromBytes(b));
        assertTrue(e.getMessage().contains("version 0"), e.getMessage());
    }

    @Test
    void truncatedAndTrailingCidBytesAreRejected() {
        byte[] b = StateRoot.EMPTY_ARRAY_CID.toBytes();
        IpldException e = assertThrows(IpldException.class, () -> Cid.fromBytes(java.util.Arrays.copyOf(b, 20)));
        assertTrue(e.getMessage().contains("truncated multihash"), e.getMessage());
        e = assertThrows(IpldException.class, () -> Cid.fromBytes(java.util.Arrays.copyOf(b, b.length + 1)));
        assertTrue(e.getMessage().contains("trailing bytes"), e.getMessage());
        e = assertThrows(IpldException.class, () -> Cid.parse("mAXESIA"));
        assertTrue(e.getMessage().contains("multibase"), e.getMessage());
    }

    @Test
    void digestsLongerThan64BytesAreRejected() {
        assertThrows(IpldException.class, () -> Multihash.compute(Multihash.IDENTITY, new byte[65]));
        byte[] mh = new byte[2 + 65];
        mh[0] = 0;
        mh[1] = 65;
        IpldException e = assertThrows(IpldException.class, () -> Multihash.parse(mh, 0, 0));
        assertTrue(e.getMessage().contains("digest length 65 exceeds 64 at offset 1"), e.getMessage());
    }

    @Test
    void varintsAreStrict() {
        assertEquals(300, Varint.decode(new byte[] {(byte) 0xAC, 0x02}, 0, 0).value());
        assertArrayEquals(new byte[] {(byte) 0xAC, 0x02}, Varint.encode(300));
        assertEquals(-1L, Varint.decode(Varint.encode(-1L), 0, 0).value());
        IpldException e = assertThrows(IpldException.class, () -> Varint.decode(new byte[] {(byte) 0x81, 0x00}, 0, 0));
        assertTrue(e.getMessage().contains("non-minimal"), e.getMessage());
        e = assertThrows(IpldException.class, () -> Varint.decode(new byte[] {(byte) 0x81}, 0, 10));
        assertTrue(e.getMessage().contains("truncated varint at offset 11"), e.getMessage());
    }

    @Test
    void base32RejectsBadInput() {
        assertEquals("mzxw6", Base32.encode("foo".getBytes()));
        assertArrayEquals("foo".getBytes(), Base32.decode("mzxw6"));
        assertThrows(IpldException.class, () -> Base32.decode("MZXW6"));
        assertThrows(IpldException.class, () -> Base32.decode("mzxw7"));
    }
}
