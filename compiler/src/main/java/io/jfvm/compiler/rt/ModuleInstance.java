package io.jfvm.compiler.rt;

import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Global;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Limits;
import io.jfvm.compiler.ir.MemoryType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.TableType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An instance of a compiled module. Generated classes extend it: their functions are static methods that take
 * the instance as their last parameter and read the fields below directly.
 *
 * <p>{@link #instantiate} performs the specification's instantiation: resolve and check imports, initialise
 * globals, create tables and memory, apply active element and data segments in order, run the start function.
 */
public abstract class ModuleInstance {
    /** The single linear memory (WebAssembly 2.0 has at most one), or null. */
    public Memory memory;
    /** Tables by table index. */
    public Table[] tables;
    /** Function references by function index: imports at link time, own functions on first use. */
    public FuncRef[] functions;
    /** Cells of imported and exported globals by global index; null for globals held in fields. */
    public GlobalCell[] cells;
    /** Evaluated element segments; a dropped segment is empty. */
    public Object[][] elements;
    /** Data segment bytes; a dropped segment is empty. */
    public byte[][] datas;
    /** The module's function types by type index, for cross-instance {@code call_indirect} checks. */
    public FuncType[] types;

    private Module shape;
    /** The type of every function index; shared by all instances of a module. */
    private FuncType[] functionTypes;
    private Map<String, Object> exports;

    /** Reads global {@code index} boxed, whether it lives in a field or a cell. Generated. */
    public abstract Object getGlobal(int index);

    /** Writes global {@code index} from a boxed value. Generated. */
    public abstract void setGlobal(int index, Object value);

    /**
     * Instantiates: {@code shape} is the compiled module (function bodies are not needed); {@code types} and
     * {@code functionTypes} are its type section and the type of every function index, computed once per module.
     */
    final void instantiate(Module shape, FuncType[] types, FuncType[] functionTypes, Imports imports,
                           ResourceLimiter limiter) {
        this.shape = shape;
        this.types = types;
        this.functionTypes = functionTypes;
        this.functions = new FuncRef[functionTypes.length];
        this.cells = new GlobalCell[shape.globalCount()];
        this.tables = new Table[shape.tableCount()];
        resolveImports(imports);
        initGlobals();
        int importedTables = shape.importCount(ExternKind.TABLE);
        for (int i = 0; i < shape.tables().size(); i++) {
            TableType t = shape.tables().get(i);
            tables[importedTables + i] = new Table(t.elementType(), (int) t.limits().min(), t.limits().max(),
                    limiter);
        }
        if (!shape.memories().isEmpty()) {
            Limits l = shape.memories().get(0).limits();
            memory = new Memory((int) l.min(), l.max(), limiter);
        }
        elements = new Object[shape.elements().size()][];
        for (int i = 0; i < elements.length; i++) {
            List<List<Instr>> items = shape.elements().get(i).items();
            Object[] refs = new Object[items.size()];
            for (int k = 0; k < refs.length; k++) {
                refs[k] = evaluate(items.get(k));
            }
            elements[i] = refs;
        }
        datas = new byte[shape.datas().size()][];
        for (int i = 0; i < datas.length; i++) {
            datas[i] = shape.datas().get(i).bytes();
        }
        for (int i = 0; i < elements.length; i++) {
            ElementSegment seg = shape.elements().get(i);
            if (seg.mode() == ElementSegment.Mode.ACTIVE) {
                int offset = (Integer) evaluate(seg.offset());
                tables[seg.tableIndex()].init(elements[i], offset, 0, elements[i].length);
            }
            if (seg.mode() != ElementSegment.Mode.PASSIVE) {
                elements[i] = new Object[0];
            }
        }
        for (int i = 0; i < datas.length; i++) {
            DataSegment seg = shape.datas().get(i);
            if (seg.active()) {
                int offset = (Integer) evaluate(seg.offset());
                MemoryAccess.init(memory, datas[i], offset, 0, datas[i].length);
                datas[i] = new byte[0];
            }
        }
        if (shape.start() >= 0) {
            funcRef(shape.start()).invoke();
        }
    }

    private void resolveImports(Imports imports) {
        int func = 0;
        int table = 0;
        int global = 0;
        for (Import imp : shape.imports()) {
            if (imp.kind() == ExternKind.GLOBAL && shape.globalIntrinsics().containsKey(global)) {
                global++; // lowered to a field of this instance; the host accesses it directly
                continue;
            }
            Object item = imports.get(imp.module(), imp.name());
            if (item == null) {
                throw new LinkException("unknown import " + imp);
            }
            switch (imp.kind()) {
                case FUNCTION -> {
                    FuncType want = shape.types().get(imp.typeIndex());
                    if (!(item instanceof FuncRef f) || !f.type.equals(want)) {
                        throw incompatible(imp, item);
                    }
                    functions[func++] = f;
                }
                case TABLE -> {
                    if (!(item instanceof Table t) || t.elementType != imp.table().elementType()
                            || !limitsMatch(t.size(), t.max(), imp.table().limits(), Table.MAX_ELEMENTS)) {
                        throw incompatible(imp, item);
                    }
                    tables[table++] = t;
                }
                case MEMORY -> {
                    MemoryType want = imp.memory();
                    if (!(item instanceof Memory mem)
                            || !limitsMatch(mem.pages(), mem.maxPages(), want.limits(), Memory.MAX_PAGES)) {
                        throw incompatible(imp, item);
                    }
                    memory = mem;
                }
                case GLOBAL -> {
                    if (!(item instanceof GlobalCell cell) || !cell.type.equals(imp.global())) {
                        throw incompatible(imp, item);
                    }
                    cells[global++] = cell;
                }
            }
        }
    }

    /** Import subtyping of limits: at least the minimum, and within the maximum when one is declared. */
    private static boolean limitsMatch(long size, long max, Limits want, long engineCeiling) {
        if (size < want.min()) {
            return false;
        }
        if (!want.hasMax()) {
            return true;
        }
        return max != engineCeiling && max <= want.max() || max == engineCeiling && want.max() >= engineCeiling;
    }

    private static LinkException incompatible(Import imp, Object item) {
        return new LinkException("incompatible import type for " + imp + ": got " + item);
    }

    private void initGlobals() {
        int imported = shape.importCount(ExternKind.GLOBAL);
        for (Export e : shape.exports()) {
            if (e.kind() == ExternKind.GLOBAL && e.index() >= imported) {
                cells[e.index()] = new GlobalCell(shape.globalType(e.index()));
            }
        }
        for (int i = 0; i < shape.globals().size(); i++) {
            Global g = shape.globals().get(i);
            setGlobal(imported + i, evaluate(g.init()));
        }
    }

    /** Evaluates a constant expression of WebAssembly 2.0. */
    private Object evaluate(List<Instr> expr) {
        if (expr.size() != 1) {
            throw new IllegalStateException("unsupported constant expression " + expr);
        }
        Instr i = expr.get(0);
        return switch (i.op) {
            case I32_CONST -> i.i32();
            case I64_CONST -> i.i64();
            case F32_CONST -> Float.intBitsToFloat(i.f32Bits());
            case F64_CONST -> Double.longBitsToDouble(i.f64Bits());
            case REF_NULL -> null;
            case REF_FUNC -> funcRef(i.index());
            case GLOBAL_GET -> getGlobal(i.index());
            default -> throw new IllegalStateException("unsupported constant expression " + expr);
        };
    }

    /** The reference to function {@code index}: the import itself, or this instance's own function. */
    public final FuncRef funcRef(int index) {
        FuncRef f = functions[index];
        if (f == null) {
            f = new FuncRef(functionTypes[index], this, index);
            functions[index] = f;
        }
        return f;
    }

    /**
     * The static methods of each generated module's functions, looked up once per generated class (the lookup
     * costs more than instantiating a small module) and bound to an instance per {@link #functionHandle}.
     */
    private static final ClassValue<ConcurrentHashMap<Integer, MethodHandle>> STATIC_FUNCTIONS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<Integer, MethodHandle> computeValue(Class<?> instanceClass) {
            return new ConcurrentHashMap<>();
        }
    };

    /** A method handle for one of this instance's own functions, placed as {@link GeneratedLayout} says. */
    final MethodHandle functionHandle(int index) {
        MethodHandle mh = STATIC_FUNCTIONS.get(getClass()).computeIfAbsent(index, this::findFunction);
        return MethodHandles.insertArguments(mh, functionTypes[index].params().size(), this);
    }

    private MethodHandle findFunction(int index) {
        try {
            Class<?> owner = Class.forName(GeneratedLayout.functionClass(getClass().getName(), index), true,
                    getClass().getClassLoader());
            return MethodHandles.publicLookup().findStatic(owner, GeneratedLayout.functionMethod(index),
                    FuncRef.methodType(functionTypes[index]).appendParameterTypes(getClass()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated function " + index + " not found", e);
        }
    }

    /** Exports by name: {@link FuncRef}, {@link Memory}, {@link Table} or {@link GlobalCell}. */
    public final Map<String, Object> exports() {
        if (exports == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Export e : shape.exports()) {
                m.put(e.name(), switch (e.kind()) {
                    case FUNCTION -> funcRef(e.index());
                    case TABLE -> tables[e.index()];
                    case MEMORY -> memory;
                    case GLOBAL -> cells[e.index()];
                });
            }
            exports = m;
        }
        return exports;
    }

    /** The exported function {@code name}; an error naming it when there is no such function export. */
    public final FuncRef function(String name) {
        if (exports().get(name) instanceof FuncRef f) {
            return f;
        }
        throw new IllegalArgumentException("no exported function named \"" + name + "\"");
    }
}
