package io.jfvm.compiler.encode;

import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Module;
import java.util.List;

/**
 * Regenerates the {@code name} custom section from what the IR keeps of it: the names of defined functions.
 * (Module, local and other names are not part of the IR.)
 */
final class NameSection {
    static final String NAME = "name";
    /** The function names subsection of the name section. */
    private static final int FUNCTION_NAMES = 1;

    private NameSection() {}

    /** The section's contents (after its name), or null when no function has a name. */
    static byte[] functionNames(Module module) {
        List<Function> functions = module.functions();
        int imported = module.importCount(ExternKind.FUNCTION);
        int named = 0;
        for (Function f : functions) {
            if (f.name() != null) {
                named++;
            }
        }
        if (named == 0) {
            return null;
        }
        // The name map must be sorted by index, which iterating the functions in order gives.
        ByteWriter map = new ByteWriter();
        map.writeU32(named, "name count");
        for (int i = 0; i < functions.size(); i++) {
            String name = functions.get(i).name();
            if (name != null) {
                map.writeU32(imported + i, "function index");
                map.writeName(name);
            }
        }
        ByteWriter section = new ByteWriter();
        section.writeByte(FUNCTION_NAMES);
        section.writeU32(map.size(), "subsection size");
        section.writeBytes(map);
        return section.toByteArray();
    }
}
