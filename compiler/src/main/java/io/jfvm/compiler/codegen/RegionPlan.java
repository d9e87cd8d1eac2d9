package io.jfvm.compiler.codegen;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regions outlined from one function and how many values may cross a region boundary. Regions nest; several
 * may start at the same instruction (a chain of ever longer prefixes of one long expression), so they are kept
 * per start index, longest first.
 */
final class RegionPlan {
    static final RegionPlan NONE = new RegionPlan(new TreeMap<>(), 0);

    private final Map<Integer, List<Region>> byStart;
    private final int maxTransfer;

    RegionPlan(Map<Integer, List<Region>> byStart, int maxTransfer) {
        for (List<Region> rs : byStart.values()) {
            rs.sort(Comparator.comparingInt((Region r) -> r.end).reversed());
        }
        this.byStart = byStart;
        this.maxTransfer = maxTransfer;
    }

    /**
     * The outermost region starting at {@code pc} that lies within the method being emitted, which covers
     * [{@code methodStart}, {@code methodEnd}); null if none. The method's own region is not a candidate.
     */
    Region regionAt(int pc, int methodStart, int methodEnd) {
        if (byStart.isEmpty()) {
            return null;
        }
        List<Region> rs = byStart.get(pc);
        if (rs == null) {
            return null;
        }
        for (Region r : rs) {
            if (r.end <= methodEnd && !(r.start == methodStart && r.end == methodEnd)) {
                return r;
            }
        }
        return null;
    }

    boolean hasRegions() {
        return !byStart.isEmpty();
    }

    int maxTransfer() {
        return maxTransfer;
    }
}
