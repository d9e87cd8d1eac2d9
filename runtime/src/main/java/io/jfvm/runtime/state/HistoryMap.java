package io.jfvm.runtime.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A map with an undo log, so that nested transactions can be rolled back: every write records the previous
 * mapping while at least one checkpoint is open. Iteration order is unspecified; consensus code must sort.
 */
final class HistoryMap<K, V> {
    private record Undo<K, V>(K key, boolean existed, V previous) {}

    private final Map<K, V> map = new HashMap<>();
    private final List<Undo<K, V>> history = new ArrayList<>();
    private final Deque<Integer> checkpoints = new ArrayDeque<>();

    V get(K key) {
        return map.get(key);
    }

    boolean containsKey(K key) {
        return map.containsKey(key);
    }

    void put(K key, V value) {
        boolean existed = map.containsKey(key);
        V previous = map.put(key, value);
        if (!checkpoints.isEmpty()) {
            history.add(new Undo<>(key, existed, previous));
        }
    }

    void checkpoint() {
        checkpoints.push(history.size());
    }

    boolean hasCheckpoint() {
        return !checkpoints.isEmpty();
    }

    /** Undoes every write since the innermost checkpoint and closes it. */
    void rollback() {
        int mark = checkpoints.pop();
        for (int i = history.size() - 1; i >= mark; i--) {
            Undo<K, V> u = history.remove(i);
            if (u.existed()) map.put(u.key(), u.previous()); else map.remove(u.key());
        }
    }

    /** Keeps the writes since the innermost checkpoint and closes it; the log is dropped with the outermost one. */
    void commit() {
        checkpoints.pop();
        if (checkpoints.isEmpty()) {
            history.clear();
        }
    }

    void forEach(BiConsumer<K, V> action) {
        map.forEach(action);
    }
}
