package io.jfvm.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Import;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.parse.WasmParser;
import io.jfvm.ipld.Block;
import io.jfvm.ipld.car.CarReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every function import of every wasm module in the builtin-actor bundles (v9 for FVM v2, v10 and v11 for v3, v12
 * to v18 for v4) must be in the line's {@link SyscallAbi} with exactly the same wasm signature, and bindable.
 */
class BundleImportCoverageTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"v9-mainnet.car, 17", "v10-mainnet.car, 18", "v11-mainnet.car, 18", "v12-mainnet.car, 21",
            "v13-mainnet.car, 21", "v14-mainnet.car, 21", "v15-mainnet.car, 21", "v16-mainnet.car, 21",
            "v17-mainnet.car, 21", "v18-mainnet.car, 21", "v18-devnet.car, 21"})
    void everyBundleImportIsBoundWithItsSignature(String bundle, int nv) throws Exception {
        SyscallAbi abi = TestSupport.abi(nv);
        Path car = TestSupport.shared().resolve("bundles").resolve(bundle);
        Map<String, FuncType> used = new TreeMap<>();
        int modules = 0;
        try (InputStream in = Files.newInputStream(car); CarReader reader = CarReader.open(in)) {
            Block b;
            while ((b = reader.next()) != null) {
                byte[] d = b.data();
                if (d.length < 4 || d[0] != 0 || d[1] != 'a' || d[2] != 's' || d[3] != 'm') {
                    continue;
                }
                modules++;
                Module m = WasmParser.parse(d);
                for (Import imp : m.imports()) {
                    assertEquals(ExternKind.FUNCTION, imp.kind(), bundle + " imports a non-function: " + imp);
                    FuncType t = m.types().get(imp.typeIndex());
                    FuncType prev = used.put(imp.module() + "." + imp.name(), t);
                    if (prev != null) {
                        assertEquals(prev, t, "modules disagree on the signature of " + imp);
                    }
                }
            }
        }
        assertTrue(modules >= 10, "expected the builtin actors in " + bundle + ", found " + modules + " modules");
        List<String> problems = new ArrayList<>();
        int bound = 0;
        for (var e : used.entrySet()) {
            String[] mn = e.getKey().split("\\.", 2);
            SyscallAbi.Entry entry = abi.find(mn[0], mn[1]);
            if (entry == null) {
                problems.add("unbound: " + e.getKey() + " " + e.getValue());
            } else if (!entry.type().equals(e.getValue())) {
                problems.add("signature: " + e.getKey() + " bundle " + e.getValue() + " vs table " + entry.type());
            } else {
                bound++;
            }
        }
        System.out.printf("%s: %d wasm modules, imports bound: %d/%d (table has %d syscalls)%n", bundle, modules,
                bound, used.size(), abi.imports().size());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // Binding resolves a method handle of the exact type for every table entry.
        SyscallAbi.methodType(abi.imports().get(0).type());
    }
}
