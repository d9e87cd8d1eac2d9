package io.jfvm.ipld.types;

/**
 * A ref-fvm release line: the engine generation that runs a range of network versions ({@code DESIGN.md},
 * "Network versions"). This type only names the line; what a line does differently is decided by its rules object
 * in the runtime ({@code io.jfvm.runtime.version.FvmRules}), which is the one place that asks a network version for
 * its line.
 */
public enum FvmLine {
    /** {@code fvm@v2.12.1}: nv16–17, builtin-actors v8 and v9. */
    V2,
    /** {@code fvm@v3.14.1}: nv18–20, builtin-actors v10 and v11. */
    V3,
    /** {@code fvm@v4.8.2}: nv21–28, builtin-actors v12 to v18. */
    V4;

    @Override
    public String toString() {
        return "FVM " + name().toLowerCase(java.util.Locale.ROOT);
    }
}
