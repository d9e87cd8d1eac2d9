package io.jfvm.compiler.robustness;

import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.ir.DataSegment;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.compiler.testing.ActorModules.ActorModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The modules that robustness tests mutate. Whole actor modules take 50–800 ms each to parse, too slow for
 * thousands of mutations, so most seeds are <em>slices</em> of them: the real module with every function body
 * but a small window replaced by {@code unreachable} and data segments shortened. A slice keeps the real types,
 * imports, exports, tables, globals and element segments and some real code, is still valid, and parses in
 * milliseconds.
 */
final class SeedModules {
    /** Function bodies kept per slice. */
    private static final int WINDOW = 24;
    /** Bytes kept of each data segment. */
    private static final int DATA_BYTES = 64;
    private static final List<Instr> STUB_BODY = List.of(Instr.of(Op.UNREACHABLE), Instr.of(Op.END));

    private SeedModules() {}

    /** A named seed module. */
    record Seed(String name, byte[] wasm) {}

    /** The {@code perBundle} smallest actor modules of each bundle, whole. */
    static List<ActorModule> smallest(List<ActorModule> actors, int perBundle) {
        List<ActorModule> out = new ArrayList<>();
        for (String bundle : actors.stream().map(ActorModule::bundle).distinct().toList()) {
            actors.stream().filter(a -> a.bundle().equals(bundle))
                    .sorted(Comparator.comparingInt(a -> a.wasm().length))
                    .limit(perBundle)
                    .forEach(out::add);
        }
        return out;
    }

    /** Slices of {@code actor}, {@code count} windows spread evenly over its functions. */
    static List<Seed> slices(ActorModule actor, int count) {
        Module module = WasmParser.parse(actor.wasm());
        List<DataSegment> datas = module.datas();
        for (int i = 0; i < datas.size(); i++) {
            DataSegment d = datas.get(i);
            datas.set(i, new DataSegment(d.active(), d.memoryIndex(), d.offset(),
                    Arrays.copyOf(d.bytes(), Math.min(DATA_BYTES, d.bytes().length))));
        }
        // One parsed module serves every slice: bodies and locals are swapped in and out of it.
        List<Function> fs = module.functions();
        List<List<Instr>> bodies = fs.stream().map(f -> List.copyOf(f.body())).toList();
        List<List<ValType>> locals = fs.stream().map(f -> List.copyOf(f.locals())).toList();
        List<Seed> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int from = (int) ((long) fs.size() * k / count);
            for (int i = 0; i < fs.size(); i++) {
                boolean keep = i >= from && i < from + WINDOW;
                Function f = fs.get(i);
                f.setBody(keep ? bodies.get(i) : STUB_BODY);
                f.locals().clear();
                if (keep) {
                    f.locals().addAll(locals.get(i));
                }
            }
            out.add(new Seed(actor + " functions " + from + "+" + WINDOW, WasmEncoder.encode(module)));
        }
        return out;
    }
}
