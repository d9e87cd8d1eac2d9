package io.jfvm.ipld.types;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Filecoin network versions jfvm runs, each with its upgrade name and FVM line ({@code fvm-v4-deltas.md} §1,
 * Lotus {@code build/buildconstants/params_mainnet.go}). nv15 and earlier ran on the legacy (Go) VM or on FVM v1
 * and are not supported; nv29 is unscheduled.
 */
public enum NetworkVersion {
    NV16(16, "Skyr", FvmLine.V2),
    NV17(17, "Shark", FvmLine.V2),
    NV18(18, "Hygge", FvmLine.V3),
    NV19(19, "Lightning", FvmLine.V3),
    NV20(20, "Thunder", FvmLine.V3),
    NV21(21, "Watermelon", FvmLine.V4),
    NV22(22, "Dragon", FvmLine.V4),
    NV23(23, "Waffle", FvmLine.V4),
    NV24(24, "TukTuk", FvmLine.V4),
    NV25(25, "Teep", FvmLine.V4),
    NV26(26, "Tock", FvmLine.V4),
    NV27(27, "GoldenWeek", FvmLine.V4),
    NV28(28, "FireHorse", FvmLine.V4);

    private static final NetworkVersion[] VALUES = values();

    private final int number;
    private final String upgradeName;
    private final FvmLine line;

    NetworkVersion(int number, String upgradeName, FvmLine line) {
        this.number = number;
        this.upgradeName = upgradeName;
        this.line = line;
    }

    /** The version number, as in {@code network.context} and the vectors' {@code network_version}. */
    public int number() {
        return number;
    }

    /** The network upgrade that introduced this version, e.g. {@code Hygge}. */
    public String upgradeName() {
        return upgradeName;
    }

    /** The FVM line that runs this version. */
    public FvmLine line() {
        return line;
    }

    /** Whether this version is at least {@code other}. */
    public boolean atLeast(NetworkVersion other) {
        return compareTo(other) >= 0;
    }

    /**
     * The version numbered {@code number}.
     *
     * @throws UnsupportedNetworkVersionException naming the number and the supported range
     */
    public static NetworkVersion of(long number) {
        long index = number - VALUES[0].number;
        if (index < 0 || index >= VALUES.length) {
            throw new UnsupportedNetworkVersionException(number);
        }
        return VALUES[(int) index];
    }

    /** {@code nv16–nv28 (v2: nv16–17, v3: nv18–20, v4: nv21–28)}: what error messages name as supported. */
    public static String supportedRange() {
        String perLine = Arrays.stream(FvmLine.values()).map(l -> {
            NetworkVersion[] of = Arrays.stream(VALUES).filter(v -> v.line == l).toArray(NetworkVersion[]::new);
            return l.name().toLowerCase(java.util.Locale.ROOT) + ": " + of[0] + "–" + of[of.length - 1].number;
        }).collect(Collectors.joining(", "));
        return VALUES[0] + "–" + VALUES[VALUES.length - 1] + " (" + perLine + ")";
    }

    @Override
    public String toString() {
        return "nv" + number;
    }
}
