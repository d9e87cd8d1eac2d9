package io.jfvm.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Hashes;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.Multihash;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.OutOfGas;
import io.jfvm.ipld.types.SyscallError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The link scanner against ref-fvm's own tests of it ({@code fvm/src/ipld/mod.rs}: {@code skip_raw},
 * {@code basic_cbor}, {@code recursive_cbor}, {@code ignores_pieces}), which give the items and CIDs a block costs
 * and check that one milligas less runs out, and the error classes of {@code fvm-v4-deltas.md} §6.2.
 */
class ReachableLinksTest {
    static final Cid FOOBAR = Cid.v1(Multicodec.RAW, Multihash.of(Multihash.BLAKE2B_256, Hashes.blake2b256(
            "foobar".getBytes())));

    /** {@code Test(u64, Cid, u64)} as serde encodes the tuple struct. */
    static byte[] tuple(Cid cid) {
        return DagCbor.encode(CborArray.of(CborInt.of(0), new CborLink(cid), CborInt.of(1)));
    }

    /** Scans with exactly the gas the block needs, then with a milligas less, which must run out. */
    static List<Cid> scanExactly(long codec, byte[] data, int fields, int cids) {
        long needed = Gas.of(35L * fields + 400L * cids);
        GasTracker exact = new GasTracker(needed, 0, false);
        List<Cid> links = ReachableLinks.scan(codec, data, PriceLists.WATERMELON, exact);
        assertEquals(needed, exact.used(), "the scan charges what it used, once");
        if (needed > 0) {
            GasTracker short1 = new GasTracker(needed - 1, 0, false);
            assertThrows(OutOfGas.class, () -> ReachableLinks.scan(codec, data, PriceLists.WATERMELON, short1));
            assertEquals(needed - 1, short1.used(), "running out charges all that was available");
        }
        return links;
    }

    @Test
    void rawAndCborHaveNoLinks() {
        assertEquals(List.of(), scanExactly(Multicodec.RAW, new byte[] {1, 2, 3}, 0, 0));
        assertEquals(List.of(), scanExactly(Multicodec.CBOR, tuple(FOOBAR), 0, 0));
        assertEquals(List.of(), scanExactly(Multicodec.RAW, tuple(FOOBAR), 0, 0));
    }

    @Test
    void dagCborTupleWithALink() {
        // fvm-v4-deltas.md §6.2: [0, <cid>, 1] is 4 items and 1 CID, 540 gas.
        assertEquals(List.of(FOOBAR), scanExactly(Multicodec.DAG_CBOR, tuple(FOOBAR), 4, 1));
    }

    @Test
    void identityCidsAreScannedButAreNotLinks() {
        Cid inline = Cid.v1(Multicodec.DAG_CBOR, Multihash.of(Multihash.IDENTITY, tuple(FOOBAR)));
        assertEquals(List.of(FOOBAR), scanExactly(Multicodec.DAG_CBOR, tuple(inline), 8, 2));
    }

    @Test
    void pieceCommitmentsAreIgnored() {
        Cid piece = Cid.v1(Multicodec.FIL_COMMITMENT_UNSEALED, Multihash.of(Multihash.BLAKE2B_256,
                Hashes.blake2b256("foobar".getBytes())));
        assertEquals(List.of(), scanExactly(Multicodec.DAG_CBOR, tuple(piece), 4, 1));
    }

    static ErrorNumber error(long codec, byte[] data) {
        GasTracker gas = new GasTracker(Gas.of(1_000_000), 0, false);
        return assertThrows(SyscallError.class, () -> ReachableLinks.scan(codec, data, PriceLists.WATERMELON, gas))
                .number();
    }

    @Test
    void malformedBlocksAndForbiddenLinks() {
        Cid dagPb = Cid.v1(Multicodec.DAG_PB, FOOBAR.multihash());
        Cid sha256 = Cid.v1(Multicodec.RAW, Multihash.of(Multihash.SHA2_256, Hashes.sha256("x".getBytes())));
        assertEquals(ErrorNumber.NOT_FOUND, error(Multicodec.DAG_CBOR, tuple(dagPb)), "a link of a forbidden codec");
        assertEquals(ErrorNumber.NOT_FOUND, error(Multicodec.DAG_CBOR, tuple(sha256)), "a link not blake2b-256");
        assertEquals(ErrorNumber.ILLEGAL_CODEC, error(Multicodec.DAG_PB, new byte[] {0}));
        assertEquals(ErrorNumber.SERIALIZATION, error(Multicodec.DAG_CBOR, new byte[] {0x1c}), "reserved info 28");
        assertEquals(ErrorNumber.SERIALIZATION, error(Multicodec.DAG_CBOR, new byte[] {0x01, 0x02}), "trailing");
        assertEquals(ErrorNumber.SERIALIZATION, error(Multicodec.DAG_CBOR, new byte[] {(byte) 0x82, 0x01}),
                "truncated");
        assertEquals(ErrorNumber.SERIALIZATION, error(Multicodec.DAG_CBOR, new byte[] {0x43, 0x01}),
                "a byte string past the end");
        // tag 42 around a byte string whose first byte is not 0x00
        assertEquals(ErrorNumber.SERIALIZATION, error(Multicodec.DAG_CBOR,
                new byte[] {(byte) 0xd8, 0x2a, 0x42, 0x01, 0x00}));
        // an array of 2^64 - 1 items after one pending item overflows the count
        assertEquals(ErrorNumber.SERIALIZATION, error(Multicodec.DAG_CBOR, new byte[] {(byte) 0x82,
                (byte) 0x9b, -1, -1, -1, -1, -1, -1, -1, -1}));
    }

    @Test
    void errorsChargeTheGasUsedUpToThem() {
        Cid dagPb = Cid.v1(Multicodec.DAG_PB, FOOBAR.multihash());
        GasTracker gas = new GasTracker(Gas.of(1_000_000), 0, false);
        assertThrows(SyscallError.class, () -> ReachableLinks.scan(Multicodec.DAG_CBOR, tuple(dagPb),
                PriceLists.WATERMELON, gas));
        // Items 0 and the tag were read, and the CID charged, before the forbidden codec was seen.
        assertEquals(Gas.of(3 * 35 + 400), gas.used());
    }
}
