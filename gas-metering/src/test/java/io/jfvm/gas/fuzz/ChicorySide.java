package io.jfvm.gas.fuzz;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.MutabilityType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.TrapKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference: Chicory's interpreter. Imported globals (the FVM's gas counter) are given fresh mutable cells
 * that the comparison sets through {@link #setGlobal}.
 */
final class ChicorySide implements Side {
    private final Instance instance;
    private final List<String> log = new ArrayList<>();

    /** Instantiates; a trap during instantiation is thrown as {@link InstantiationTrap}. */
    ChicorySide(byte[] wasm, Module shape) {
        ImportValues.Builder imports = ImportValues.builder();
        FuzzingSupport.chicory(log).forEach(imports::addFunction);
        for (Import imp : shape.imports(ExternKind.GLOBAL)) {
            imports.addGlobal(new ImportGlobal(imp.module(), imp.name(),
                    new GlobalInstance(0, 0, valType(imp.global().type()), MutabilityType.Var)));
        }
        try {
            instance = Instance.builder(Parser.parse(wasm)).withImportValues(imports.build()).build();
            ChicoryDeviations.correctInstantiation(instance, shape);
        } catch (ChicoryException e) {
            TrapKind kind = ChicoryTraps.kind(e.getMessage());
            if (kind == null) {
                throw e;
            }
            throw new InstantiationTrap(kind);
        }
    }

    @Override
    public CallOutcome call(String name, FuncType type, long[] args) {
        log.clear();
        long[] raw;
        try {
            raw = instance.export(name).apply(args);
        } catch (ChicoryInterruptedException e) {
            throw e; // the module ran out of time: not an outcome
        } catch (ChicoryException e) {
            TrapKind kind = ChicoryTraps.kind(e.getMessage());
            if (kind == null) {
                throw e; // Chicory failed rather than trapped: no reference result
            }
            return CallOutcome.trapped(kind, log);
        } catch (StackOverflowError e) {
            return CallOutcome.trapped(TrapKind.CALL_STACK_EXHAUSTED, log);
        }
        List<String> results = new ArrayList<>();
        for (int i = 0; i < type.results().size(); i++) {
            results.add(ValueText.of(type.results().get(i), raw[i]));
        }
        return CallOutcome.returned(results, log);
    }

    @Override
    public long global(int index) {
        return instance.global(index).getValue();
    }

    @Override
    public void setGlobal(int index, long raw) {
        instance.global(index).setValue(raw);
    }

    @Override
    public int memorySize() {
        return instance.memory().pages() * Memory.PAGE_SIZE;
    }

    @Override
    public byte[] memory() {
        return instance.memory().readBytes(0, memorySize());
    }

    @Override
    public int[] table(int index) {
        TableInstance table = instance.table(index);
        int[] refs = new int[table.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = Math.max(-1, table.ref(i));
        }
        return refs;
    }

    static com.dylibso.chicory.wasm.types.ValType valType(ValType type) {
        return switch (type) {
            case I32 -> com.dylibso.chicory.wasm.types.ValType.I32;
            case I64 -> com.dylibso.chicory.wasm.types.ValType.I64;
            case F32 -> com.dylibso.chicory.wasm.types.ValType.F32;
            case F64 -> com.dylibso.chicory.wasm.types.ValType.F64;
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }
}
