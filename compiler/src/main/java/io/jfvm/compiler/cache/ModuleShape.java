package io.jfvm.compiler.cache;

import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.intrinsics.GlobalIntrinsic;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.parse.WasmParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of a compiled module that instantiation needs besides the generated classes (types, imports,
 * tables, memory, globals, exports, segments, start), stored as a wasm binary. Function bodies are not needed
 * once code is generated, so they are stored as {@code unreachable}, which keeps the binary valid for any
 * function type and so readable by the ordinary parser.
 */
public final class ModuleShape {
    private static final List<Instr> STUB_BODY = List.of(Instr.of(Op.UNREACHABLE), Instr.of(Op.END));

    private ModuleShape() {}

    /**
     * Encodes {@code module}'s shape. Its function bodies and locals are dropped in place: call this only after
     * code generation, when they are no longer needed (loading a generated module drops them anyway).
     */
    public static byte[] encode(Module module) {
        for (Function f : module.functions()) {
            f.setBody(STUB_BODY);
            f.locals().clear();
        }
        return WasmEncoder.encode(module);
    }

    /** The global intrinsics' names by index, which the binary cannot carry. */
    public static Map<Integer, String> globalIntrinsics(Module module) {
        Map<Integer, String> names = new TreeMap<>();
        module.globalIntrinsics().forEach((index, intrinsic) -> names.put(index, intrinsic.name()));
        return names;
    }

    /** Reads a shape back, restoring its global intrinsics. */
    public static Module decode(byte[] shape, Map<Integer, String> globalIntrinsics) {
        Module module = WasmParser.parse(shape);
        globalIntrinsics.forEach((index, name) -> module.globalIntrinsics().put(index, new GlobalIntrinsic(name)));
        return module;
    }
}
