package io.jfvm.ipld.types;

/**
 * The FVM line whose byte formats to use: v2 serves network versions 15-17 (actors v8/v9, state tree V4),
 * v3 serves 18-20 (actors v10/v11, state tree V5, receipts with an events root).
 */
public enum FvmVersion {
    V2(StateTreeVersion.V4),
    V3(StateTreeVersion.V5);

    private final StateTreeVersion stateTreeVersion;

    FvmVersion(StateTreeVersion stateTreeVersion) {
        this.stateTreeVersion = stateTreeVersion;
    }

    /** The state tree version this line writes. */
    public StateTreeVersion stateTreeVersion() {
        return stateTreeVersion;
    }

    /** The line that runs network version {@code nv}. */
    public static FvmVersion forNetworkVersion(int nv) {
        if (nv >= 15 && nv <= 17) return V2;
        if (nv >= 18 && nv <= 20) return V3;
        throw new IllegalArgumentException("network version " + nv + " is not supported (15-20)");
    }
}
