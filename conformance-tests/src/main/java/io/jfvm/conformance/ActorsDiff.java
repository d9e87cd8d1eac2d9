package io.jfvm.conformance;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.StateRoot;
import io.jfvm.runtime.state.Manifest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the actors that differ between two state roots by walking both actor HAMTs level by level and skipping
 * every subtree whose CID appears on both sides at the same level. Vector CARs hold only the blocks execution
 * touched, so unchanged subtrees are never loaded; a block missing on either side is counted, not fatal.
 */
final class ActorsDiff {
    /** The differing actors (sorted by id) and how many HAMT blocks could not be loaded. */
    record Result(List<ActorDifference> differences, int missingBlocks) {}

    private ActorsDiff() {}

    static Result diff(Blockstore store, Cid expectedRoot, Cid actualRoot, Manifest manifest) {
        Cid expectedActors = StateRoot.fromCbor(store.getCbor(expectedRoot)).actors();
        Cid actualActors = StateRoot.fromCbor(store.getCbor(actualRoot)).actors();
        Map<String, CborValue> expected = new TreeMap<>();
        Map<String, CborValue> actual = new TreeMap<>();
        int[] missing = {0};
        Set<Cid> levelE = new HashSet<>(List.of(expectedActors));
        Set<Cid> levelA = new HashSet<>(List.of(actualActors));
        while (!levelE.isEmpty() || !levelA.isEmpty()) {
            Set<Cid> common = new HashSet<>(levelE);
            common.retainAll(levelA);
            levelE.removeAll(common);
            levelA.removeAll(common);
            levelE = expand(store, levelE, expected, missing);
            levelA = expand(store, levelA, actual, missing);
        }
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        TreeMap<Long, ActorDifference> out = new TreeMap<>();
        for (String key : keys) {
            CborValue e = expected.get(key);
            CborValue a = actual.get(key);
            if (e != null && e.equals(a)) {
                continue;
            }
            long id = Address.fromBytes(HexFormat.of().parseHex(key)).id();
            ActorState es = e == null ? null : ActorState.fromCbor(e);
            ActorState as = a == null ? null : ActorState.fromCbor(a);
            if (es != null && es.equals(as)) {
                continue;
            }
            out.put(id, new ActorDifference(id, es, as, es == null ? null : manifest.nameOf(es.code()),
                    as == null ? null : manifest.nameOf(as.code())));
        }
        return new Result(new ArrayList<>(out.values()), missing[0]);
    }

    /** Loads each node of a level, collects its bucket entries and returns the child links (the next level). */
    private static Set<Cid> expand(Blockstore store, Set<Cid> level, Map<String, CborValue> entries, int[] missing) {
        Set<Cid> next = new HashSet<>();
        for (Cid cid : level) {
            if (!store.has(cid)) {
                missing[0]++;
                continue;
            }
            List<CborValue> node = store.getCbor(cid).asList();
            for (CborValue pointer : node.get(1).asList()) {
                if (pointer instanceof CborLink link) {
                    next.add(link.cid());
                } else if (pointer instanceof CborArray bucket) {
                    for (CborValue kv : bucket.items()) {
                        List<CborValue> pair = kv.asList();
                        entries.put(HexFormat.of().formatHex(pair.get(0).asBytes()), pair.get(1));
                    }
                }
            }
        }
        return next;
    }
}
