package io.jfvm.gas.fuzz;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.TrapKind;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Calls every exported function of one module on both engines, the same sequence of calls on one instance each,
 * and checks after every call that the outcomes (results or trap, and the log) agree and that every global, the
 * memory and every table are equal. It stops at the first difference: later calls would only echo it.
 *
 * <p>Before each call the hang-limit global of binaryen's fuzzer is set (it bounds loop iterations and call depth
 * per call; {@code --fuzz-exec} resets it to 10 through {@code hangLimitInitializer}); larger limits than
 * binaryen's let calls run longer and recurse deeper. In FVM comparisons the gas counter is set too: mostly to
 * ample gas, sometimes to a small budget, so that calls run out of gas at many different points.
 */
final class Comparison {
    static final int CALLS_PER_EXPORT = 4;
    private static final int[] HANG_LIMITS = {10, 10, 100, 1000};
    /** Ten billion gas, a block's gas limit, in milligas. */
    private static final long AMPLE_GAS = 10_000_000_000_000L;

    private final String name;
    private final Module shape;
    private final Side reference;
    private final Side jfvm;
    private final int hangGlobal;
    private final int gasGlobal;
    private final SplittableRandom random;
    int calls;
    int traps;
    int outOfGas;
    /** The call under way, for the report of a module that runs out of time. */
    volatile String current = "instantiation";

    /**
     * @param name {@code plain} or {@code fvm}, for reports
     * @param shape the module both sides run (its exports and types)
     * @param hangGlobal the hang-limit global, or -1
     * @param gasGlobal the gas counter global, or -1 when the module is not instrumented
     */
    Comparison(String name, Module shape, Side reference, Side jfvm, int hangGlobal, int gasGlobal,
            SplittableRandom random) {
        this.name = name;
        this.shape = shape;
        this.reference = reference;
        this.jfvm = jfvm;
        this.hangGlobal = hangGlobal;
        this.gasGlobal = gasGlobal;
        this.random = random;
    }

    /** The first difference or failure, or null when the engines agree on every call. */
    Finding run() {
        String state = stateDifference();
        if (state != null) {
            return new Finding(Finding.Kind.DIVERGENCE, name, "after instantiation: " + state);
        }
        for (Export e : shape.exports()) {
            if (e.kind() != ExternKind.FUNCTION) {
                continue;
            }
            FuncType type = shape.functionType(e.index());
            for (int k = 0; k < CALLS_PER_EXPORT; k++) {
                long[] args = k == 0 ? Arguments.zeros(type.params()) : Arguments.generate(type.params(), random);
                Finding f = call(e.name(), type, args);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Finding call(String export, FuncType type, long[] args) {
        StringBuilder call = new StringBuilder(export).append(describe(type, args));
        if (hangGlobal >= 0) {
            int limit = HANG_LIMITS[random.nextInt(HANG_LIMITS.length)];
            reference.setGlobal(hangGlobal, limit);
            jfvm.setGlobal(hangGlobal, limit);
            call.append(" hang limit ").append(limit);
        }
        if (gasGlobal >= 0) {
            long gas = random.nextInt(4) == 0 ? random.nextLong(1L << random.nextInt(8, 24)) : AMPLE_GAS;
            reference.setGlobal(gasGlobal, gas);
            jfvm.setGlobal(gasGlobal, gas);
            call.append(" gas ").append(gas);
        }
        current = "Chicory: " + call;
        CallOutcome expected;
        try {
            expected = reference.call(export, type, args);
        } catch (ChicoryInterruptedException e) {
            throw e; // out of time: the module's guard reports it
        } catch (RuntimeException | Error e) {
            return new Finding(Finding.Kind.REFERENCE_FAILURE, name, call + ": " + Failures.describe(e));
        }
        current = "jfvm: " + call;
        CallOutcome actual;
        try {
            actual = jfvm.call(export, type, args);
        } catch (RuntimeException | Error e) {
            return new Finding(Finding.Kind.CRASH, name, call + ": " + Failures.describe(e));
        }
        calls++;
        if (!expected.equals(actual)) {
            return new Finding(Finding.Kind.DIVERGENCE, name, call + ": " + expected.differenceFrom(actual));
        }
        if (expected.trap() != null) {
            traps++;
            if (gasGlobal >= 0 && expected.trap() == TrapKind.UNREACHABLE && reference.global(gasGlobal) < 0) {
                outOfGas++;
            }
        }
        String state = stateDifference();
        return state == null ? null
                : new Finding(Finding.Kind.DIVERGENCE, name, "after " + call + " (" + expected + "): " + state);
    }

    /** Where the engines' globals, memory or tables differ, or null. */
    private String stateDifference() {
        for (int g = 0; g < shape.globalCount(); g++) {
            ValType t = shape.globalType(g).type();
            String a = ValueText.of(t, reference.global(g));
            String b = ValueText.of(t, jfvm.global(g));
            if (!a.equals(b)) {
                return (g == gasGlobal ? "gas counter" : "global " + g) + ": Chicory " + a + ", jfvm " + b;
            }
        }
        int size = reference.memorySize();
        if (size != jfvm.memorySize()) {
            return "memory of " + size + " bytes in Chicory, " + jfvm.memorySize() + " in jfvm";
        }
        byte[] a = reference.memory();
        byte[] b = jfvm.memory();
        int at = Arrays.mismatch(a, 0, size, b, 0, size);
        if (at >= 0) {
            return "memory differs at byte " + at + ": Chicory " + a[at] + ", jfvm " + b[at];
        }
        for (int t = 0; t < shape.tableCount(); t++) {
            int[] x = reference.table(t);
            int[] y = jfvm.table(t);
            if (!Arrays.equals(x, y)) {
                return "table " + t + ": Chicory " + Arrays.toString(x) + ", jfvm " + Arrays.toString(y);
            }
        }
        return null;
    }

    private static String describe(FuncType type, long[] args) {
        String[] parts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            parts[i] = ValueText.of(type.params().get(i), args[i]);
        }
        return Arrays.toString(parts);
    }
}
