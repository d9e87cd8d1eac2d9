package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeccakTest {
    /** The constants of fevm.md §1 and §7, which are Keccak-256 (not SHA3-256) of known inputs. */
    @Test
    void knownDigests() {
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", hex(Keccak.hash(new byte[0])));
        // sha3Uncles: keccak256(rlp([])); empty transactionsRoot: keccak256(rlp("")).
        assertEquals("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
                hex(Keccak.hash(Rlp.encode(RlpList.of()))));
        assertEquals("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421",
                hex(Keccak.hash(Rlp.encode(RlpString.EMPTY))));
    }

    @Test
    void partsAreConcatenated() {
        assertEquals(hex(Keccak.hash(hex("0102030405"))), hex(Keccak.hash(hex("01"), hex("0203"), new byte[0], hex("0405"))));
        // The native-method selector of fevm.md §1: handle_filecoin_method(uint64,uint64,bytes).
        assertEquals("868e10c4", hex(Keccak.hash("handle_filecoin_method(uint64,uint64,bytes)".getBytes())).substring(0, 8));
    }
}
