package io.jfvm.compiler.codegen;

import java.util.Map;
import java.util.TreeMap;

/** The regions outlined from one function, by start index, and how many branch values may cross a region exit. */
final class RegionPlan {
    static final RegionPlan NONE = new RegionPlan(new TreeMap<>(), 0);

    private final Map<Integer, Region> byStart;
    private final int maxTransfer;

    RegionPlan(Map<Integer, Region> byStart, int maxTransfer) {
        this.byStart = byStart;
        this.maxTransfer = maxTransfer;
    }

    Region regionAt(int pc) {
        return byStart.get(pc);
    }

    boolean hasRegions() {
        return !byStart.isEmpty();
    }

    int regionCount() {
        return byStart.size();
    }

    int maxTransfer() {
        return maxTransfer;
    }
}
