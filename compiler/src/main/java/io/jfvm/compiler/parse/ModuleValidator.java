package io.jfvm.compiler.parse;

import io.jfvm.compiler.WasmFormatException;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.ElementSegment;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Module;
import java.util.HashSet;
import java.util.Set;

/**
 * Module-level validation rules that Chicory's validator does not enforce: indices of types, exports and
 * segments in range, unique export names, at most one memory, a start function of type [] -> []. Runs on the
 * IR right after parsing, before anything indexes into it.
 */
final class ModuleValidator {
    private ModuleValidator() {}

    static void validate(Module m) {
        int types = m.types().size();
        for (Import imp : m.imports()) {
            if (imp.kind() == io.jfvm.compiler.ir.ExternKind.FUNCTION && !inRange(imp.typeIndex(), types)) {
                throw invalid("unknown type " + imp.typeIndex() + " in import " + imp);
            }
        }
        for (int i = 0; i < m.functions().size(); i++) {
            Function f = m.functions().get(i);
            if (!inRange(f.typeIndex(), types)) {
                throw invalid("unknown type " + f.typeIndex() + " of function " + i);
            }
        }
        if (m.memoryCount() > 1) {
            throw invalid("multiple memories");
        }
        Set<String> names = new HashSet<>();
        for (Export e : m.exports()) {
            if (!names.add(e.name())) {
                throw invalid("duplicate export name \"" + e.name() + "\"");
            }
            int count = switch (e.kind()) {
                case FUNCTION -> m.functionCount();
                case TABLE -> m.tableCount();
                case MEMORY -> m.memoryCount();
                case GLOBAL -> m.globalCount();
            };
            if (!inRange(e.index(), count)) {
                throw invalid("unknown " + e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.index()
                        + " in export \"" + e.name() + "\"");
            }
        }
        for (DataSegment d : m.datas()) {
            if (d.active() && !inRange(d.memoryIndex(), m.memoryCount())) {
                throw invalid("unknown memory " + d.memoryIndex() + " in data segment");
            }
        }
        for (ElementSegment e : m.elements()) {
            if (e.mode() == ElementSegment.Mode.ACTIVE && !inRange(e.tableIndex(), m.tableCount())) {
                throw invalid("unknown table " + e.tableIndex() + " in element segment");
            }
        }
        if (m.start() >= 0) {
            if (!inRange(m.start(), m.functionCount())) {
                throw invalid("unknown function " + m.start() + " as start function");
            }
            var type = m.functionType(m.start());
            if (!type.params().isEmpty() || !type.results().isEmpty()) {
                throw invalid("start function must have type [] -> [], has " + type);
            }
        }
    }

    private static boolean inRange(int index, int count) {
        return index >= 0 && index < count;
    }

    private static WasmFormatException invalid(String message) {
        return new WasmFormatException(WasmFormatException.Kind.INVALID, message);
    }
}
