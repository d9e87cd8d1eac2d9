package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.ipld.IpldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The acceptance rules of fevm.md §7 "Log" (Lotus {@code EthLogFromEvent}). */
class EthLogTest {
    private static final EthAddress EMITTER = EthAddress.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final long EVM_FLAGS = EventEntry.FLAG_INDEXED_KEY | EventEntry.FLAG_INDEXED_VALUE;

    private static byte[] topic(int b) {
        byte[] t = new byte[32];
        Arrays.fill(t, (byte) b);
        return t;
    }

    private static EventEntry raw(String key, byte[] value) {
        return new EventEntry(EVM_FLAGS, key, EthLog.RAW_CODEC, value);
    }

    private static Optional<EthLog> log(EventEntry... entries) {
        return EthLog.fromEvent(EMITTER, new ActorEvent(List.of(entries)));
    }

    @Test
    void evmLogs() {
        EthLog l = log(raw("t1", topic(1)), raw("t2", topic(2)), raw("d", hex("cafe"))).orElseThrow();
        assertEquals(EMITTER, l.address());
        assertEquals(2, l.topics().size());
        assertArrayEquals(topic(1), l.topics().get(0));
        assertArrayEquals(topic(2), l.topics().get(1));
        assertArrayEquals(hex("cafe"), l.data());

        EthLog log0 = log(raw("d", hex("01"))).orElseThrow();
        assertEquals(0, log0.topics().size());
        EthLog noData = log(raw("t1", topic(1))).orElseThrow();
        assertEquals(0, noData.data().length);
        EthLog four = log(raw("t4", topic(4)), raw("t3", topic(3)), raw("t1", topic(1)), raw("t2", topic(2))).orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(topic(i + 1), four.topics().get(i), "topics are ordered by key, not by entry");
        }
        assertEquals(new EthLog(EMITTER, List.of(), new byte[0]), log().orElseThrow());
    }

    @Test
    void otherKeysAreSkippedAndFlagsIgnored() {
        EthLog l = log(raw("x", hex("01")), raw("x", hex("02")), raw("t5", topic(5)), raw("t0", topic(0)), raw("t10", topic(9)),
                new EventEntry(0, "t1", EthLog.RAW_CODEC, topic(1))).orElseThrow();
        assertEquals(1, l.topics().size());
        assertArrayEquals(topic(1), l.topics().get(0));
    }

    @Test
    void eventsThatAreNotLogs() {
        assertTrue(log(raw("t1", topic(1)), new EventEntry(EVM_FLAGS, "x", 0x71, hex("a0"))).isEmpty(), "non-raw codec anywhere");
        assertTrue(log(raw("t1", Arrays.copyOf(topic(1), 31))).isEmpty(), "31-byte topic");
        assertTrue(log(raw("t1", Arrays.copyOf(topic(1), 33))).isEmpty(), "33-byte topic");
        assertTrue(log(raw("t1", topic(1)), raw("t1", topic(1))).isEmpty(), "repeated topic");
        assertTrue(log(raw("d", hex("01")), raw("d", hex("02"))).isEmpty(), "repeated data");
        assertTrue(log(raw("t1", topic(1)), raw("t3", topic(3))).isEmpty(), "gap at t2");
        assertTrue(log(raw("t2", topic(2))).isEmpty(), "no t1");
    }

    @Test
    void actorEventCbor() {
        // [[3, "t1", 0x55, h'11…11'], [3, "d", 0x55, h'01']]
        String cbor = "82" + "8403627431185558" + "20" + "11".repeat(32) + "84036164185541" + "01";
        ActorEvent e = ActorEvent.decode(hex(cbor));
        assertEquals(List.of(raw("t1", topic(0x11)), raw("d", hex("01"))), e.entries());
        assertEquals(cbor, hex(e.encode()));
        EthLog l = EthLog.fromEvent(EMITTER, e).orElseThrow();
        assertArrayEquals(topic(0x11), l.topics().get(0));
        IpldException bad = assertThrows(IpldException.class, () -> ActorEvent.decode(hex("8183036274311855")));
        assertTrue(bad.getMessage().contains("event entry: expected a tuple of 4 fields, got 3"), bad.getMessage());
        IpldException badKey = assertThrows(IpldException.class, () -> ActorEvent.decode(hex("8184030118554101")));
        assertTrue(badKey.getMessage().contains("event entry: expected text string"), badKey.getMessage());
    }

    @Test
    void logShape() {
        List<byte[]> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(topic(i));
        }
        assertThrows(IllegalArgumentException.class, () -> new EthLog(EMITTER, five, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new EthLog(EMITTER, List.of(new byte[31]), new byte[0]));
    }
}
