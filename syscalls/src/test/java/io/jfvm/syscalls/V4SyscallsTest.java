package io.jfvm.syscalls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.types.ErrorNumber;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The syscalls FVM v4 changed ({@code fvm-v4-deltas.md} §4–5), through wasm against {@link TestKernel}. */
class V4SyscallsTest {
    static final int IA = ErrorNumber.ILLEGAL_ARGUMENT.code();
    static final int MEM = 65536;

    static TestActor v4() {
        return TestActor.create(21, 10_000_000_000L);
    }

    @Test
    void theV4AbiReplacesFourRowsOfV3AndAddsBlsAggregate() {
        SyscallAbi v3 = SyscallAbiV3.INSTANCE;
        SyscallAbi v4 = SyscallAbiV4.INSTANCE;
        assertEquals(v3.imports().size() + 1, v4.imports().size());
        for (String[] changed : new String[][] {{"rand", "get_chain_randomness"}, {"rand", "get_beacon_randomness"},
                {"event", "emit_event"}, {"self", "self_destruct"}}) {
            assertTrue(!v3.find(changed[0], changed[1]).type().equals(v4.find(changed[0], changed[1]).type()),
                    changed[1] + " has a new signature");
        }
        assertEquals(6, v4.find("crypto", "verify_bls_aggregate").type().params().size());
        assertNull(v3.find("crypto", "verify_bls_aggregate"));
        assertNull(v4.find("actor", "upgrade_actor"), "not linked on any Filecoin network");
        for (SyscallAbi.Entry e : v3.imports()) {
            SyscallAbi.Entry same = v4.find(e.module(), e.name());
            assertTrue(same != null, e.key() + " is still linked");
        }
    }

    @Test
    void randomnessByRoundWritesTheDigest() {
        TestActor a = v4();
        assertEquals(0, a.call("rand.get_chain_randomness", 100, 42L));
        byte[] nines = new byte[32];
        Arrays.fill(nines, (byte) 9);
        assertArrayEquals(nines, Arrays.copyOfRange(a.mem(), 100, 132));
        assertEquals(42L, a.kernel.lastArg);
        assertEquals(IA, a.call("rand.get_beacon_randomness", MEM - 31, 1L));
    }

    @Test
    void selfDestructTakesABurnFlag() {
        TestActor a = v4();
        assertEquals(0, a.call("self.self_destruct", 0));
        assertEquals(false, a.kernel.lastArg);
        assertEquals(0, a.call("self.self_destruct", -7));
        assertEquals(true, a.kernel.lastArg, "any nonzero value burns");
    }

    @Test
    void emitEventReadsPackedHeadersAndBothBuffers() {
        TestActor a = v4();
        byte[] m = a.mem();
        // Two entries: flags 3, codec 0x55, key "t1", value 32 bytes; flags 1, codec 0x51, key "d", value 2 bytes.
        ActorMemory.putU64(m, 1000, 3);
        ActorMemory.putU64(m, 1008, 0x55);
        ActorMemory.putU32(m, 1016, 2);
        ActorMemory.putU32(m, 1020, 32);
        ActorMemory.putU64(m, 1024, 1);
        ActorMemory.putU64(m, 1032, 0x51);
        ActorMemory.putU32(m, 1040, 1);
        ActorMemory.putU32(m, 1044, 2);
        System.arraycopy("t1d".getBytes(), 0, m, 2000, 3);
        assertEquals(0, a.call("event.emit_event", 1000, 2, 2000, 3, 3000, 34));
        @SuppressWarnings("unchecked")
        List<Object> got = (List<Object>) a.kernel.lastArg;
        assertEquals(List.of(new EventEntry(3, 0x55, 2, 32), new EventEntry(1, 0x51, 1, 2)), got.get(0));
        assertArrayEquals("t1d".getBytes(), (byte[]) got.get(1));
        assertEquals(34, ((byte[]) got.get(2)).length);
        int calls = a.kernel.calls.size();
        // n × 24 overflows a u32; the entries, keys or values out of bounds: IllegalArgument before the kernel.
        assertEquals(IA, a.call("event.emit_event", 0, 0x0AAA_AAAB, 0, 0, 0, 0));
        assertEquals(IA, a.call("event.emit_event", MEM - 24, 2, 0, 0, 0, 0));
        assertEquals(IA, a.call("event.emit_event", 0, 0, MEM, 1, 0, 0));
        assertEquals(IA, a.call("event.emit_event", 0, 0, 0, 0, -1, 2));
        assertEquals(calls, a.kernel.calls.size());
    }

    @Test
    void blsAggregateChecksItsBuffersFirst() {
        TestActor a = v4();
        byte[] m = a.mem();
        // Two signers with plaintexts of 3 and 4 bytes.
        ActorMemory.putU32(m, 5000, 3);
        ActorMemory.putU32(m, 5004, 4);
        assertEquals(0, a.call("crypto.verify_bls_aggregate", 0, 2, 100, 200, 400, 5000));
        assertEquals(0, ActorMemory.getU32(m, 0), "TestKernel: an even number of signers is valid");
        assertEquals(0, a.call("crypto.verify_bls_aggregate", 0, 1, 100, 200, 400, 5000));
        assertEquals(-1, ActorMemory.getU32(m, 0));
        BlsAggregateInput in = (BlsAggregateInput) a.kernel.lastArg;
        assertEquals(1, in.signers());
        assertEquals(3, in.plaintextBytes());
        int calls = a.kernel.calls.size();
        assertEquals(IA, a.call("crypto.verify_bls_aggregate", 0, 0x0555_5556, 100, 200, 400, 5000),
                "n × 48 overflows a u32");
        assertEquals(IA, a.call("crypto.verify_bls_aggregate", 0, 1, MEM - 95, 200, 400, 5000), "signature");
        assertEquals(IA, a.call("crypto.verify_bls_aggregate", 0, 2, 100, MEM - 95, 400, 5000), "keys");
        assertEquals(IA, a.call("crypto.verify_bls_aggregate", 0, 2, 100, 200, 400, MEM - 7), "lengths");
        assertEquals(IA, a.call("crypto.verify_bls_aggregate", 0, 2, 100, 200, MEM - 6, 5000), "plaintexts");
        assertEquals(calls, a.kernel.calls.size());
        // Lengths whose u32 sum wraps: the buffer is the wrapped sum, and the kernel's split fails.
        ActorMemory.putU32(m, 6000, -1);
        ActorMemory.putU32(m, 6004, 2);
        assertEquals(IA, a.call("crypto.verify_bls_aggregate", 0, 2, 100, 200, 400, 6000));
        assertEquals(calls + 1, a.kernel.calls.size(), "the kernel was asked, and its split failed");
    }
}
