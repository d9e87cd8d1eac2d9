package io.jfvm.gas.instrument;

import io.jfvm.compiler.intrinsics.FunctionIntrinsic;
import io.jfvm.compiler.intrinsics.IntrinsicEmitter;
import io.jfvm.compiler.rt.TrapKind;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Inline JVM code for a call of the injected {@code gas(i64)} function, with exactly the semantics of its wasm body
 * ({@link GasMeteringPass#gasFunctionBody}): {@code counter = counter - cost} (wrapping i64 subtraction, stored
 * before the test, as the body stores it), then an {@code unreachable} trap when the stored counter is negative.
 *
 * <p>On entry the i64 cost is on the JVM operand stack; on exit the stack is as it was below it.
 */
public final class GasFunctionIntrinsic implements FunctionIntrinsic {
    private final int counterGlobal;

    public GasFunctionIntrinsic(int counterGlobal) {
        this.counterGlobal = counterGlobal;
    }

    /** The global index of the counter this intrinsic decrements. */
    public int counterGlobal() {
        return counterGlobal;
    }

    @Override
    public void emit(IntrinsicEmitter emitter) {
        MethodVisitor mv = emitter.method();
        // [cost] -> [cost, counter] -> [counter, cost]: swap two longs by copying the top below and popping it.
        emitter.getGlobal(counterGlobal);
        mv.visitInsn(Opcodes.DUP2_X2);
        mv.visitInsn(Opcodes.POP2);
        mv.visitInsn(Opcodes.LSUB);
        mv.visitInsn(Opcodes.DUP2);
        emitter.setGlobal(counterGlobal);
        // A sign test, not a comparison helper: counter < 0 traps.
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitInsn(Opcodes.LCMP);
        Label ok = new Label();
        mv.visitJumpInsn(Opcodes.IFGE, ok);
        emitter.trap(TrapKind.UNREACHABLE);
        mv.visitLabel(ok);
    }

    @Override
    public String toString() {
        return "gas(i64) on global " + counterGlobal;
    }
}
