package io.jfvm.evm;

import java.util.List;

/**
 * An RLP list. Equality compares the items only, not where they were decoded from.
 *
 * @param items  the items, in order
 * @param offset the offset of the list's prefix byte in its input, or -1
 */
public record RlpList(List<RlpItem> items, int offset) implements RlpItem {
    public RlpList {
        items = List.copyOf(items);
    }

    public static RlpList of(RlpItem... items) {
        return new RlpList(List.of(items), -1);
    }

    public static RlpList of(List<? extends RlpItem> items) {
        return new RlpList(List.copyOf(items), -1);
    }

    public int size() {
        return items.size();
    }

    public RlpItem get(int i) {
        return items.get(i);
    }

    @Override
    public String kind() {
        return "list";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RlpList l && l.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
