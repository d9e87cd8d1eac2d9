package io.jfvm.evm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An Ethereum log made from an actor event (fevm.md §7 "Log"; Lotus {@code EthLogFromEvent} in
 * {@code ethtypes/eth_types.go}): the emitter's address, topics {@code t1}…{@code t4} and data {@code d}.
 * The block, transaction and log indexes are the caller's.
 *
 * @param topics 32 bytes each, at most four
 * @param data   empty when the event has no {@code d} entry
 */
public record EthLog(EthAddress address, List<byte[]> topics, byte[] data) {
    public static final int MAX_TOPICS = 4;
    public static final int TOPIC_BYTES = 32;
    /** Multicodec {@code raw}: the codec of every entry an EVM {@code LOGn} emits. */
    public static final long RAW_CODEC = 0x55;

    public EthLog {
        if (topics.size() > MAX_TOPICS) {
            throw new IllegalArgumentException("a log has at most 4 topics, got " + topics.size());
        }
        for (byte[] t : topics) {
            if (t.length != TOPIC_BYTES) {
                throw new IllegalArgumentException("a topic has 32 bytes, got " + t.length);
            }
        }
        topics = List.copyOf(topics);
    }

    /**
     * The log of {@code event} emitted by {@code emitter}, or empty when the event is not an EVM log. It is one
     * exactly when every entry has codec raw (0x55), every {@code t1}…{@code t4} value is 32 bytes, no topic key and
     * no {@code d} repeats, and the topics present are contiguous from {@code t1}. Other keys are skipped, so the
     * format can grow; flags are not looked at (Lotus looks at neither).
     */
    public static Optional<EthLog> fromEvent(EthAddress emitter, ActorEvent event) {
        byte[][] topics = new byte[MAX_TOPICS][];
        int topicCount = 0;
        int highestTopic = -1;
        byte[] data = null;
        for (EventEntry e : event.entries()) {
            if (e.codec() != RAW_CODEC) {
                return Optional.empty();
            }
            int topic = topicIndex(e.key());
            if (topic >= 0) {
                if (e.value().length != TOPIC_BYTES || topics[topic] != null) {
                    return Optional.empty();
                }
                topics[topic] = e.value();
                topicCount++;
                highestTopic = Math.max(highestTopic, topic);
            } else if (e.key().equals("d")) {
                if (data != null) {
                    return Optional.empty();
                }
                data = e.value();
            }
        }
        if (topicCount != highestTopic + 1) {
            return Optional.empty();
        }
        List<byte[]> present = new ArrayList<>(Arrays.asList(topics).subList(0, topicCount));
        return Optional.of(new EthLog(emitter, present, data == null ? new byte[0] : data));
    }

    /** 0 for "t1" … 3 for "t4", else -1. */
    private static int topicIndex(String key) {
        if (key.length() == 2 && key.charAt(0) == 't' && key.charAt(1) >= '1' && key.charAt(1) <= '4') {
            return key.charAt(1) - '1';
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EthLog l) || !l.address.equals(address) || !Arrays.equals(l.data, data)
                || l.topics.size() != topics.size()) {
            return false;
        }
        for (int i = 0; i < topics.size(); i++) {
            if (!Arrays.equals(l.topics.get(i), topics.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = address.hashCode() * 31 + Arrays.hashCode(data);
        for (byte[] t : topics) {
            h = h * 31 + Arrays.hashCode(t);
        }
        return h;
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        StringBuilder sb = new StringBuilder("EthLog[address=").append(address).append(", topics=[");
        for (int i = 0; i < topics.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("0x").append(hex.formatHex(topics.get(i)));
        }
        return sb.append("], data=0x").append(hex.formatHex(data)).append(']').toString();
    }
}
