package io.jfvm.compiler.ir;

/**
 * An import. Exactly one of the descriptors is set, according to {@link #kind()}: {@code typeIndex} for a
 * function, {@code table}, {@code memory} or {@code global} for the others.
 */
public record Import(String module, String name, ExternKind kind, int typeIndex, TableType table, MemoryType memory,
        GlobalType global) {

    public static Import function(String module, String name, int typeIndex) {
        return new Import(module, name, ExternKind.FUNCTION, typeIndex, null, null, null);
    }

    public static Import table(String module, String name, TableType type) {
        return new Import(module, name, ExternKind.TABLE, -1, type, null, null);
    }

    public static Import memory(String module, String name, MemoryType type) {
        return new Import(module, name, ExternKind.MEMORY, -1, null, type, null);
    }

    public static Import global(String module, String name, GlobalType type) {
        return new Import(module, name, ExternKind.GLOBAL, -1, null, null, type);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + module + "." + name;
    }
}
