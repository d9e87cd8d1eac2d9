package io.jfvm.compiler.differential;

import io.jfvm.compiler.ir.ValType;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic argument generation: mostly edge cases (zero, ±1, extremes, sign and carry boundaries, NaNs,
 * infinities, ±0, subnormals, values at the edges of float-to-int conversion), some small integers (loop and
 * memory-offset arguments stay cheap) and some uniformly random bit patterns.
 */
final class Inputs {
    private static final long[] I32_EDGES = {0, 1, -1, 2, 7, 8, 31, 32, 33, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x10000,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 0x55555555, 0xAAAAAAAAL, 65535, 65536, 65532};
    private static final long[] I64_EDGES = {0, 1, -1, 2, 63, 64, 65, 0xFF, 0xFFFF_FFFFL, 0x1_0000_0000L,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
        0x5555_5555_5555_5555L, 0xAAAA_AAAA_AAAA_AAAAL};
    private static final float[] F32_EDGES = {0f, -0f, 1f, -1f, 0.5f, -0.5f, 1.5f, 2.5f, -2.5f, Float.MIN_VALUE,
        -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 2147483648f, -2147483648f, 2147483520f, 4294967296f, 9.223372E18f,
        -9.223372E18f, 1.8446744E19f, 0x1p-149f};
    private static final double[] F64_EDGES = {0d, -0d, 1d, -1d, 0.5, -0.5, 1.5, 2.5, -2.5, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 2147483647.9, 2147483648d, -2147483648.9, -2147483649d,
        4294967295.9, 4294967296d, 9.223372036854775807E18, -9.223372036854775808E18, 1.8446744073709552E19};
    /** Signalling and payload-carrying NaNs, whose handling differs between careless implementations. */
    private static final long[] F32_NAN_BITS = {0x7FA00000L, 0xFFC00001L, 0x7F800001L};
    private static final long[] F64_NAN_BITS = {0x7FF4000000000000L, 0xFFF8000000000001L, 0x7FF0000000000001L};

    private Inputs() {}

    /** Arguments for a function with these parameter types, determined by {@code seed}. */
    static long[] arguments(List<ValType> params, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] args = new long[params.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(params.get(i), random);
        }
        return args;
    }

    private static long value(ValType type, SplittableRandom random) {
        int pick = random.nextInt(10);
        return switch (type) {
            case I32 -> pick < 5 ? I32_EDGES[random.nextInt(I32_EDGES.length)]
                    : pick < 8 ? random.nextInt(-16, 17) : random.nextInt();
            case I64 -> pick < 5 ? I64_EDGES[random.nextInt(I64_EDGES.length)]
                    : pick < 8 ? random.nextInt(-16, 17) : random.nextLong();
            case F32 -> pick < 6 ? Float.floatToRawIntBits(F32_EDGES[random.nextInt(F32_EDGES.length)])
                    : pick < 7 ? F32_NAN_BITS[random.nextInt(F32_NAN_BITS.length)]
                    : pick < 8 ? Float.floatToRawIntBits(random.nextInt(-100, 101) / 4f)
                    : random.nextInt() & 0xFFFF_FFFFL;
            case F64 -> pick < 6 ? Double.doubleToRawLongBits(F64_EDGES[random.nextInt(F64_EDGES.length)])
                    : pick < 7 ? F64_NAN_BITS[random.nextInt(F64_NAN_BITS.length)]
                    : pick < 8 ? Double.doubleToRawLongBits(random.nextInt(-100, 101) / 4d)
                    : random.nextLong();
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }
}
