package io.jfvm.compiler.codegen;

import io.jfvm.compiler.CompileStats;
import io.jfvm.compiler.ir.Function;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.Op;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.ModuleInstance;
import java.util.List;
import java.util.Map;

/**
 * The class files generated for one module. {@code mainClass} (binary name) extends {@link ModuleInstance};
 * other classes hold functions split off when one class would grow too large.
 */
public record GeneratedModule(String mainClass, Map<String, byte[]> classes, int functions, int jvmMethods,
        int largestMethodBytes, int methodsOverHugeLimit) {

    public long classBytes() {
        return classes.values().stream().mapToLong(b -> b.length).sum();
    }

    /** Defines the classes in a fresh class loader and wraps them as a {@link CompiledModule}. */
    public CompiledModule load(Module shape, long compileNanos) {
        GeneratedClassLoader loader = new GeneratedClassLoader(classes);
        Class<? extends ModuleInstance> cls;
        try {
            cls = loader.loadClass(mainClass).asSubclass(ModuleInstance.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated class missing: " + mainClass, e);
        }
        CompileStats stats = new CompileStats(functions, jvmMethods, largestMethodBytes, methodsOverHugeLimit,
                classBytes(), compileNanos);
        return new CompiledModule(withoutBodies(shape), cls, stats);
    }

    /** Instances need the module's shape but not its code; dropping the bodies frees their memory. */
    private static Module withoutBodies(Module m) {
        for (Function f : m.functions()) {
            f.setBody(List.of(Instr.of(Op.END)));
        }
        m.functionIntrinsics().clear();
        return m;
    }

    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        GeneratedClassLoader(Map<String, byte[]> classes) {
            super(ModuleInstance.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
