package io.jfvm.gas.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.Value;
import io.jfvm.compiler.encode.WasmEncoder;
import io.jfvm.compiler.intrinsics.GlobalIntrinsic;
import io.jfvm.compiler.intrinsics.IntrinsicEmitter;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.rt.TrapKind;
import io.jfvm.gas.price.PriceLists;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The inline code for {@code gas(i64)} must behave exactly like the wasm function it replaces. The intrinsic is
 * emitted into a small generated class (the counter global as a static long field, a trap as an exception) and
 * compared, input by input, with the injected wasm function run on Chicory.
 */
class GasFunctionIntrinsicTest {
    private static final String PROBE = "io/jfvm/gas/instrument/GeneratedGasProbe";

    /** Counter after the charge, and whether it trapped. */
    private record Outcome(long counter, boolean trapped) {}

    private static final long[][] CASES = {
        {100, 30}, {100, 100}, {100, 101}, {0, 0}, {0, 1}, {Long.MIN_VALUE + 5, 10}, {Long.MAX_VALUE, -1},
        {-5, -10}, {-5, 0}, {1_000_000, 26_214_400L * 3}, {Long.MIN_VALUE, 1}, {42, Long.MIN_VALUE},
    };

    @Test
    void inlineCodeMatchesTheWasmGasFunction() throws Exception {
        Class<?> probe = generateProbe();
        Method charge = probe.getMethod("charge", long.class);
        Field counter = probe.getField("g7");
        Instance wasm = wasmGasFunction();
        for (long[] c : CASES) {
            counter.setLong(null, c[0]);
            boolean jvmTrapped = false;
            try {
                charge.invoke(null, c[1]);
            } catch (InvocationTargetException e) {
                assertInstanceOf(IllegalStateException.class, e.getCause());
                assertEquals("UNREACHABLE", e.getCause().getMessage());
                jvmTrapped = true;
            }
            Outcome jvm = new Outcome(counter.getLong(null), jvmTrapped);
            assertEquals(runWasm(wasm, c[0], c[1]), jvm, "counter " + c[0] + ", cost " + c[1]);
        }
    }

    @Test
    void passRegistersTheIntrinsicsAndKeepsExistingOnesOnTheirGlobals() {
        Module m = Instrumented.parse("""
                (module (global $a (mut i32) (i32.const 0)) (func (export "f") global.get $a drop))
                """);
        GlobalIntrinsic existing = new GlobalIntrinsic("existing");
        m.globalIntrinsics().put(0, existing);
        FvmInstrumentation.instrument(m, PriceLists.HYGGE, true);
        // The counter import is global 0; the defined globals ($a, then stack_height) move up by one.
        assertEquals(new GlobalIntrinsic(GasMeteringPass.GAS_COUNTER_INTRINSIC), m.globalIntrinsics().get(0));
        assertEquals(existing, m.globalIntrinsics().get(1));
        int gasFunc = m.functionCount() - 1;
        GasFunctionIntrinsic gas = assertInstanceOf(GasFunctionIntrinsic.class, m.functionIntrinsics().get(gasFunc));
        assertEquals(0, gas.counterGlobal());
        // The wasm body stays, so the module still runs without the intrinsics.
        assertEquals(GasMeteringPass.gasFunctionBody(0), m.functions().get(m.functions().size() - 1).body());
        Module plain = Instrumented.parse("(module (func (export \"f\")))");
        FvmInstrumentation.instrument(plain, PriceLists.HYGGE, false);
        assertTrue(plain.globalIntrinsics().isEmpty());
        assertTrue(plain.functionIntrinsics().isEmpty());
    }

    private static Outcome runWasm(Instance wasm, long start, long cost) {
        GlobalInstance g = wasm.imports().global(0).instance();
        g.setValue(start);
        boolean trapped = false;
        try {
            wasm.export("gas").apply(cost);
        } catch (RuntimeException e) {
            trapped = true;
        }
        return new Outcome(g.getValue(), trapped);
    }

    private static Instance wasmGasFunction() {
        Module m = Instrumented.parse("(module (func))");
        new GasMeteringPass(InstrumentVersion.V0_4_0, ConstantCostRules.defaults(InstrumentVersion.V0_4_0), "gas",
                false).apply(m);
        m.exports().add(new Export("gas", ExternKind.FUNCTION, m.functionCount() - 1));
        GlobalInstance counter = new GlobalInstance(Value.i64(0), MutabilityType.Var);
        return Instance.builder(Parser.parse(WasmEncoder.encode(m)))
                .withImportValues(ImportValues.builder().addGlobal(new ImportGlobal("gas", "gas_counter", counter))
                        .build())
                .build();
    }

    /** {@code public static long g7; public static void charge(long cost) { <intrinsic on global 7> }}. */
    private static Class<?> generateProbe() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, PROBE, null, "java/lang/Object", null);
        cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "g7", "J", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "charge", "(J)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.LLOAD, 0);
        new GasFunctionIntrinsic(7).emit(new IntrinsicEmitter() {
            @Override
            public MethodVisitor method() {
                return mv;
            }

            @Override
            public void getGlobal(int index) {
                mv.visitFieldInsn(Opcodes.GETSTATIC, PROBE, "g" + index, "J");
            }

            @Override
            public void setGlobal(int index) {
                mv.visitFieldInsn(Opcodes.PUTSTATIC, PROBE, "g" + index, "J");
            }

            @Override
            public void trap(TrapKind kind) {
                mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
                mv.visitInsn(Opcodes.DUP);
                mv.visitLdcInsn(kind.name());
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>",
                        "(Ljava/lang/String;)V", false);
                mv.visitInsn(Opcodes.ATHROW);
            }
        });
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        return new ClassLoader(GasFunctionIntrinsicTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(PROBE.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();
    }

    @Test
    void probeSanity() throws Exception {
        // The probe really executes the emitted code: a charge that fits leaves no trap and lowers the counter.
        Class<?> probe = generateProbe();
        probe.getField("g7").setLong(null, 10);
        probe.getMethod("charge", long.class).invoke(null, 3L);
        assertEquals(7, probe.getField("g7").getLong(null));
        assertFalse(probe.getField("g7").getLong(null) < 0);
    }
}
