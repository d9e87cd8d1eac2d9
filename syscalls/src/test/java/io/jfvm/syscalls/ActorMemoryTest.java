package io.jfvm.syscalls;

import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.Fatal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** ref-fvm {@code context.rs} rules, without wasm. */
class ActorMemoryTest {
    private static ErrorNumber err(Runnable r) {
        return assertThrows(SyscallError.class, r::run).number();
    }

    @Test
    void boundsAreUnsigned64Bit() {
        byte[] mem = new byte[16];
        assertTrue(ActorMemory.inBounds(mem, 0, 16));
        assertTrue(ActorMemory.inBounds(mem, 16, 0), "empty slice at the end is valid");
        assertFalse(ActorMemory.inBounds(mem, 17, 0), "offset past the end is invalid even when empty");
        assertFalse(ActorMemory.inBounds(mem, -1, 0), "u32::MAX offset");
        assertFalse(ActorMemory.inBounds(mem, 1, -1), "u32::MAX length, no wrap-around");
        assertFalse(ActorMemory.inBounds(new byte[0], 10, 0));
        assertTrue(ActorMemory.inBounds(new byte[0], 0, 0));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.slice(mem, 10, 7)));
        assertArrayEquals(new byte[0], ActorMemory.slice(mem, 16, 0));
    }

    @Test
    void cids() {
        byte[] mem = new byte[200];
        Cid cid = Cid.of(Multicodec.DAG_CBOR, new byte[] {1, 2, 3});
        int n = cid.toBytes().length;
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.writeCid(mem, cid, 190, 20)),
                "buffer bounds before size");
        assertEquals(ErrorNumber.BUFFER_TOO_SMALL, err(() -> ActorMemory.writeCid(mem, cid, 0, n - 1)));
        assertEquals(n, ActorMemory.writeCid(mem, cid, 5, n));
        assertEquals(cid, ActorMemory.readCid(mem, 5));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.readCid(mem, 201)));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.readCid(mem, 200)));
        byte[] truncated = java.util.Arrays.copyOf(cid.toBytes(), n - 1);
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.readCid(truncated, 0)));
        byte[] explicitV0 = cid.toBytes().clone();
        explicitV0[0] = 0;
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.readCid(explicitV0, 0)));
    }

    @Test
    void tokenAmounts() {
        byte[] mem = new byte[20];
        BigInteger max = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
        ActorMemory.putTokenAmount(mem, 1, TokenAmount.ofAtto(max));
        assertEquals(-1L, ActorMemory.getU64(mem, 1));
        assertEquals(-1L, ActorMemory.getU64(mem, 9));
        assertInstanceOf(Fatal.class, assertThrows(RuntimeException.class,
                () -> ActorMemory.putTokenAmount(mem, 0, TokenAmount.ofAtto(max.add(BigInteger.ONE)))));
        assertEquals(max, ActorMemory.tokenAmount(-1L, -1L).atto());
        assertEquals(BigInteger.ONE.shiftLeft(64), ActorMemory.tokenAmount(1, 0).atto());
    }

    @Test
    void utf8() {
        assertEquals("é", ActorMemory.utf8(new byte[] {(byte) 0xc3, (byte) 0xa9}));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.utf8(new byte[] {(byte) 0xc3})));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, err(() -> ActorMemory.utf8(new byte[] {(byte) 0xed, (byte) 0xa0,
                (byte) 0x80})), "surrogates are not UTF-8");
    }
}
