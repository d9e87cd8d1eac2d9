package io.jfvm.gas.instrument;

/**
 * The fvm-wasm-instrument release whose behaviour a pass reproduces. The two differ in ways that change gas
 * (see {@code fvm-v2-v3-deltas.md} §6): the {@code br_table} default label, linear costs, how stack costs count
 * locals, which global indices shift, and what input is accepted.
 */
public enum InstrumentVersion {
    /** fvm-wasm-instrument 0.2.0 (parity-wasm based), used by FVM v2 for network versions 15–17. */
    V0_2_0("0.2.0"),
    /** fvm-wasm-instrument 0.4.0 (wasmparser based), used by FVM v3 and v4 for network versions 18+. */
    V0_4_0("0.4.0");

    public final String crateVersion;

    InstrumentVersion(String crateVersion) {
        this.crateVersion = crateVersion;
    }

    /**
     * The name of the imported gas counter global: 0.2.0's constant has a typo ({@code gas_couner}); FVM v2 links
     * by the same constant, so the name has no consensus effect, but it is reproduced.
     */
    public String gasCounterName() {
        return this == V0_2_0 ? "gas_couner" : "gas_counter";
    }
}
