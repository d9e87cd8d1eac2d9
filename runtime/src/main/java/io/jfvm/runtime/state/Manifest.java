package io.jfvm.runtime.state;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.IpldException;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.ActorState;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtin-actors manifest: the ordered list of {@code (name, code CID)} in a bundle. A builtin actor's type id
 * is its 1-based position in that list (0 means "not builtin"). The bundle's root block is
 * {@code [manifest_version (1), data_cid]}; the system actor's state {@code [builtin_actors]} points at the data.
 */
public final class Manifest {
    public static final long VERSION = 1;
    /** Names every manifest must hold: the machine cannot run without them. */
    private static final List<String> REQUIRED = List.of("system", "init", "account");

    private final Cid dataCid;
    private final Map<String, Cid> byName;
    private final Map<Cid, Integer> typeByCode = new HashMap<>();
    private final List<Cid> codes;
    private final List<String> names;

    private Manifest(Cid dataCid, LinkedHashMap<String, Cid> byName) {
        this.dataCid = dataCid;
        this.byName = Collections.unmodifiableMap(byName);
        this.codes = List.copyOf(byName.values());
        this.names = List.copyOf(byName.keySet());
        for (int i = 0; i < codes.size(); i++) {
            typeByCode.put(codes.get(i), i + 1);
        }
    }

    /** Reads the manifest data block (the list of name/code pairs). */
    public static Manifest load(Blockstore store, Cid dataCid) {
        LinkedHashMap<String, Cid> byName = new LinkedHashMap<>();
        try {
            for (CborValue entry : store.getCbor(dataCid).asList()) {
                List<CborValue> pair = entry.asTuple(2, "manifest entry");
                String name = pair.get(0).asText();
                if (byName.put(name, pair.get(1).asCid()) != null) {
                    throw new IpldException("duplicate actor name \"" + name + "\"");
                }
            }
        } catch (IpldException e) {
            throw new StateTreeException("manifest " + dataCid + ": " + e.getMessage(), e);
        }
        for (String name : REQUIRED) {
            if (!byName.containsKey(name)) {
                throw new StateTreeException("manifest " + dataCid + " lacks the required actor \"" + name + "\"");
            }
        }
        return new Manifest(dataCid, byName);
    }

    /** Reads a bundle's root block {@code [version, data_cid]} and then the manifest data. */
    public static Manifest loadFromBundleRoot(Blockstore store, Cid bundleRoot) {
        List<CborValue> root;
        try {
            root = store.getCbor(bundleRoot).asTuple(2, "bundle root");
        } catch (IpldException e) {
            throw new StateTreeException("bundle root " + bundleRoot + ": " + e.getMessage(), e);
        }
        long version = root.get(0).asLong();
        if (version != VERSION) {
            throw new StateTreeException("unsupported manifest version " + version + " in bundle root " + bundleRoot);
        }
        return load(store, root.get(1).asCid());
    }

    /** Reads the manifest the system actor (id 0) points at, as the machine does at start-up. */
    public static Manifest loadFromStateTree(StateTree tree) {
        ActorState system = tree.getActor(0).orElseThrow(() -> new StateTreeException("the system actor (id 0) is missing"));
        Cid data;
        try {
            data = tree.store().getCbor(system.state()).asTuple(1, "system actor state").get(0).asCid();
        } catch (IpldException e) {
            throw new StateTreeException("system actor state " + system.state() + ": " + e.getMessage(), e);
        }
        return load(tree.store(), data);
    }

    public Cid dataCid() {
        return dataCid;
    }

    /** The code CID of the named actor ("account", "storageminer", ...), or null. */
    public Cid codeOf(String name) {
        return byName.get(name);
    }

    /** The builtin type id (1-based manifest position) of {@code code}, or 0 if it is not a builtin actor. */
    public int typeOf(Cid code) {
        return typeByCode.getOrDefault(code, 0);
    }

    /** The code CID of builtin type {@code type}, or null if out of range. */
    public Cid codeOfType(int type) {
        return type >= 1 && type <= codes.size() ? codes.get(type - 1) : null;
    }

    /** The name of the builtin actor with {@code code}, or null. */
    public String nameOf(Cid code) {
        int type = typeOf(code);
        return type == 0 ? null : names.get(type - 1);
    }

    /** Names in manifest order. */
    public List<String> names() {
        return names;
    }
}
