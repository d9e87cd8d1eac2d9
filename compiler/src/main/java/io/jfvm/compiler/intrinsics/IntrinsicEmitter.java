package io.jfvm.compiler.intrinsics;

import io.jfvm.compiler.rt.TrapKind;
import org.objectweb.asm.MethodVisitor;

/** What code generation offers an intrinsic while it emits code in place of a call. */
public interface IntrinsicEmitter {
    /** The method being generated; emit bytecode here. */
    MethodVisitor method();

    /** Pushes the value of global {@code index}, exactly as {@code global.get} would. */
    void getGlobal(int index);

    /** Pops a value into global {@code index}, exactly as {@code global.set} would. */
    void setGlobal(int index);

    /** Emits code that throws a trap of {@code kind} (leaves the JVM stack as after an {@code athrow}). */
    void trap(TrapKind kind);
}
