package io.jfvm.compiler.codegen;

import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Module;

/** Chooses the regions of a function to outline so that no JVM method grows too large. */
final class RegionPlanner {
    private RegionPlanner() {}

    static RegionPlan plan(Module module, Function function) {
        return RegionPlan.NONE;
    }
}
