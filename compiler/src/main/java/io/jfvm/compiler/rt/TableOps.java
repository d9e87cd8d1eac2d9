package io.jfvm.compiler.rt;

/** Table, reference and segment instructions, called from generated code with the instance and indices last. */
public final class TableOps {
    private static final Object[] DROPPED_ELEMENTS = new Object[0];
    private static final byte[] DROPPED_DATA = new byte[0];

    private TableOps() {}

    public static Object get(int index, ModuleInstance self, int table) {
        return self.tables[table].get(index);
    }

    public static void set(int index, Object value, ModuleInstance self, int table) {
        self.tables[table].set(index, value);
    }

    public static int size(ModuleInstance self, int table) {
        return self.tables[table].size();
    }

    public static int grow(Object init, int delta, ModuleInstance self, int table) {
        return self.tables[table].grow(delta, init);
    }

    public static void fill(int offset, Object value, int count, ModuleInstance self, int table) {
        self.tables[table].fill(offset, value, count);
    }

    public static void copy(int dst, int src, int count, ModuleInstance self, int dstTable, int srcTable) {
        Table.copy(self.tables[dstTable], dst, self.tables[srcTable], src, count);
    }

    public static void init(int dst, int src, int count, ModuleInstance self, int segment, int table) {
        self.tables[table].init(self.elements[segment], dst, src, count);
    }

    public static void elemDrop(ModuleInstance self, int segment) {
        self.elements[segment] = DROPPED_ELEMENTS;
    }

    public static void memoryInit(int dst, int src, int count, ModuleInstance self, int segment) {
        MemoryAccess.init(self.memory, self.datas[segment], dst, src, count);
    }

    public static void dataDrop(ModuleInstance self, int segment) {
        self.datas[segment] = DROPPED_DATA;
    }

    /** The element at {@code index} of a funcref table, for call_indirect: traps when out of bounds or null. */
    public static FuncRef funcRef(int index, ModuleInstance self, int table) {
        Object ref = self.tables[table].get(index);
        if (ref == null) {
            throw Trap.uninitializedElement();
        }
        return (FuncRef) ref;
    }
}
