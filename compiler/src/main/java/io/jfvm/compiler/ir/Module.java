package io.jfvm.compiler.ir;

import io.jfvm.compiler.intrinsics.FunctionIntrinsic;
import io.jfvm.compiler.intrinsics.GlobalIntrinsic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * jfvm's mutable model of a WebAssembly module. Index spaces follow the specification: imported items come
 * first, then defined ones. Passes edit the lists in place; the encoder turns the model back into bytes.
 *
 * <p>Intrinsics are keyed by index in their index space. A pass that renumbers functions or globals must
 * renumber the intrinsics it finds as well.
 */
public final class Module {
    private final List<FuncType> types = new ArrayList<>();
    private final List<Import> imports = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<TableType> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> datas = new ArrayList<>();
    private final List<CustomSection> customSections = new ArrayList<>();
    private final Map<Integer, FunctionIntrinsic> functionIntrinsics = new TreeMap<>();
    private final Map<Integer, GlobalIntrinsic> globalIntrinsics = new TreeMap<>();
    private int start = -1;
    private boolean dataCount;

    public List<FuncType> types() {
        return types;
    }

    public List<Import> imports() {
        return imports;
    }

    /** Defined functions; function index = imported function count + position in this list. */
    public List<Function> functions() {
        return functions;
    }

    /** Defined tables. */
    public List<TableType> tables() {
        return tables;
    }

    /** Defined memories. */
    public List<MemoryType> memories() {
        return memories;
    }

    /** Defined globals. */
    public List<Global> globals() {
        return globals;
    }

    public List<Export> exports() {
        return exports;
    }

    public List<ElementSegment> elements() {
        return elements;
    }

    public List<DataSegment> datas() {
        return datas;
    }

    public List<CustomSection> customSections() {
        return customSections;
    }

    /** The start function's index, or -1. */
    public int start() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }

    /** Whether the module has (and so encodes) a data count section. */
    public boolean hasDataCount() {
        return dataCount;
    }

    public void setDataCount(boolean dataCount) {
        this.dataCount = dataCount;
    }

    /** Calls to these functions are lowered to inline code by code generation. */
    public Map<Integer, FunctionIntrinsic> functionIntrinsics() {
        return functionIntrinsics;
    }

    /** These globals become primitive fields of the instance, accessed by the host directly. */
    public Map<Integer, GlobalIntrinsic> globalIntrinsics() {
        return globalIntrinsics;
    }

    public int importCount(ExternKind kind) {
        int n = 0;
        for (Import i : imports) {
            if (i.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /** The imports of one kind, in index order. */
    public List<Import> imports(ExternKind kind) {
        return imports.stream().filter(i -> i.kind() == kind).toList();
    }

    public int functionCount() {
        return importCount(ExternKind.FUNCTION) + functions.size();
    }

    public int globalCount() {
        return importCount(ExternKind.GLOBAL) + globals.size();
    }

    public int tableCount() {
        return importCount(ExternKind.TABLE) + tables.size();
    }

    public int memoryCount() {
        return importCount(ExternKind.MEMORY) + memories.size();
    }

    /** The type index of the function at {@code funcIndex} in the function index space. */
    public int functionTypeIndex(int funcIndex) {
        Import imp = imported(ExternKind.FUNCTION, funcIndex);
        return imp != null ? imp.typeIndex() : functions.get(funcIndex - importCount(ExternKind.FUNCTION)).typeIndex();
    }

    public FuncType functionType(int funcIndex) {
        return types.get(functionTypeIndex(funcIndex));
    }

    public GlobalType globalType(int globalIndex) {
        Import imp = imported(ExternKind.GLOBAL, globalIndex);
        return imp != null ? imp.global() : globals.get(globalIndex - importCount(ExternKind.GLOBAL)).type();
    }

    public TableType tableType(int tableIndex) {
        Import imp = imported(ExternKind.TABLE, tableIndex);
        return imp != null ? imp.table() : tables.get(tableIndex - importCount(ExternKind.TABLE));
    }

    public MemoryType memoryType(int memoryIndex) {
        Import imp = imported(ExternKind.MEMORY, memoryIndex);
        return imp != null ? imp.memory() : memories.get(memoryIndex - importCount(ExternKind.MEMORY));
    }

    /** The {@code index}-th import of {@code kind}, or null when the index is past the imports of that kind. */
    private Import imported(ExternKind kind, int index) {
        int n = 0;
        for (Import i : imports) {
            if (i.kind() == kind && n++ == index) {
                return i;
            }
        }
        return null;
    }

    /** The index of {@code type}, added to the type section if no equal type is there yet. */
    public int typeIndex(FuncType type) {
        int i = types.indexOf(type);
        if (i >= 0) {
            return i;
        }
        types.add(type);
        return types.size() - 1;
    }
}
