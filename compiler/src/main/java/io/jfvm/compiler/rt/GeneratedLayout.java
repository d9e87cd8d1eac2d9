package io.jfvm.compiler.rt;

/**
 * Where generated code puts things, shared by code generation and the runtime so both agree: the wasm
 * function {@code i} is the public static method {@code f<i>} of class {@code <main>$P<i / FUNCTIONS_PER_CLASS>}.
 * Spreading functions over several classes keeps each class's constant pool far from its 65,535-entry limit.
 */
public final class GeneratedLayout {
    public static final int FUNCTIONS_PER_CLASS = 400;

    private GeneratedLayout() {}

    public static String functionClass(String mainClass, int functionIndex) {
        return mainClass + "$P" + functionIndex / FUNCTIONS_PER_CLASS;
    }

    public static String functionMethod(int functionIndex) {
        return "f" + functionIndex;
    }
}
