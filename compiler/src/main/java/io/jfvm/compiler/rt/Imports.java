package io.jfvm.compiler.rt;

import java.util.HashMap;
import java.util.Map;

/**
 * What an instance's imports resolve to, by module and name: {@link FuncRef}, {@link Memory}, {@link Table} or
 * {@link GlobalCell}. Exports of other instances can be registered under a module name to link instances.
 */
public final class Imports {
    private final Map<String, Map<String, Object>> items = new HashMap<>();

    public Imports add(String module, String name, Object item) {
        if (!(item instanceof FuncRef || item instanceof Memory || item instanceof Table
                || item instanceof GlobalCell)) {
            throw new IllegalArgumentException("cannot import " + item);
        }
        items.computeIfAbsent(module, k -> new HashMap<>()).put(name, item);
        return this;
    }

    /** Registers every export of {@code instance} under {@code module}. */
    public Imports addAll(String module, ModuleInstance instance) {
        instance.exports().forEach((name, item) -> add(module, name, item));
        return this;
    }

    /** The item, or null. */
    public Object get(String module, String name) {
        Map<String, Object> m = items.get(module);
        return m == null ? null : m.get(name);
    }
}
