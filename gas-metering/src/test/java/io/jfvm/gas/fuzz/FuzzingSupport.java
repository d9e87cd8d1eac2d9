package io.jfvm.gas.fuzz;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.Imports;
import io.jfvm.compiler.rt.Values;
import java.util.List;
import java.util.Map;

/**
 * The imports of binaryen's fuzzer: {@code fuzzing-support.log-i32/i64/f32/f64}, through which generated code
 * reports intermediate values (what {@code --fuzz-exec} prints). Both engines append each call, as text, to a
 * log that is compared call by call.
 */
final class FuzzingSupport {
    static final String MODULE = "fuzzing-support";
    private static final Map<String, ValType> LOGGERS = Map.of("log-i32", ValType.I32, "log-i64", ValType.I64,
            "log-f32", ValType.F32, "log-f64", ValType.F64);

    private FuzzingSupport() {}

    static boolean provides(String module, String name) {
        return module.equals(MODULE) && LOGGERS.containsKey(name);
    }

    static void addTo(Imports imports, List<String> log) {
        LOGGERS.forEach((name, type) -> imports.add(MODULE, name, FuncRef.host(FuncType.of(List.of(type), List.of()),
                args -> {
                    log.add(name + " " + ValueText.of(type, Values.bits(type, args[0])));
                    return null;
                })));
    }

    static List<HostFunction> chicory(List<String> log) {
        return LOGGERS.entrySet().stream().map(e -> new HostFunction(MODULE, e.getKey(),
                FunctionType.of(List.of(ChicorySide.valType(e.getValue())), List.of()), (instance, args) -> {
                    log.add(e.getKey() + " " + ValueText.of(e.getValue(), args[0]));
                    return null;
                })).toList();
    }
}
