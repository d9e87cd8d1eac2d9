package io.jfvm.gas.fuzz;

import io.jfvm.compiler.ir.ValType;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Arguments for exported functions, as raw values (i32 in the low bits, floats as bit patterns): all zeros first,
 * as binaryen's own {@code --fuzz-exec} calls them, then mostly edge cases (sign and width boundaries, NaNs with
 * payloads, infinities, ±0, subnormals, float-to-int limits), small integers and random bit patterns.
 */
final class Arguments {
    private static final long[] I32_EDGES = {0, 1, -1, 2, 31, 32, 0x7F, 0x80, 0xFF, 0xFFFF, 0x10000, 65532,
        Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final long[] I64_EDGES = {0, 1, -1, 63, 64, 0xFFFF_FFFFL, 0x1_0000_0000L, Long.MAX_VALUE,
        Long.MIN_VALUE, Long.MIN_VALUE + 1};
    private static final long[] F32_EDGES = {0, 0x8000_0000L, 0x3F80_0000L, 0xBF80_0000L, 0x7F80_0000L,
        0xFF80_0000L, 0x7FC0_0000L, 0xFFC0_0000L, 0x7FA0_0000L, 0x7F80_0001L, 1, 0x0080_0000L, 0x7F7F_FFFFL,
        0x4F00_0000L, 0xCF00_0000L, 0x5F00_0000L, 0x5F80_0000L};
    private static final long[] F64_EDGES = {0, 0x8000_0000_0000_0000L, 0x3FF0_0000_0000_0000L,
        0xBFF0_0000_0000_0000L, 0x7FF0_0000_0000_0000L, 0xFFF0_0000_0000_0000L, 0x7FF8_0000_0000_0000L,
        0xFFF8_0000_0000_0000L, 0x7FF4_0000_0000_0000L, 0x7FF0_0000_0000_0001L, 1, 0x0010_0000_0000_0000L,
        0x7FEF_FFFF_FFFF_FFFFL, 0x41E0_0000_0000_0000L, 0xC1E0_0000_0000_0000L, 0x43E0_0000_0000_0000L,
        0x43F0_0000_0000_0000L};

    private Arguments() {}

    static long[] zeros(List<ValType> params) {
        return new long[params.size()];
    }

    static long[] generate(List<ValType> params, SplittableRandom random) {
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
            case F32 -> pick < 6 ? F32_EDGES[random.nextInt(F32_EDGES.length)]
                    : pick < 8 ? Float.floatToRawIntBits(random.nextInt(-100, 101) / 4f) & 0xFFFF_FFFFL
                    : random.nextInt() & 0xFFFF_FFFFL;
            case F64 -> pick < 6 ? F64_EDGES[random.nextInt(F64_EDGES.length)]
                    : pick < 8 ? Double.doubleToRawLongBits(random.nextInt(-100, 101) / 4d)
                    : random.nextLong();
            default -> throw new IllegalArgumentException("not a numeric type: " + type);
        };
    }
}
