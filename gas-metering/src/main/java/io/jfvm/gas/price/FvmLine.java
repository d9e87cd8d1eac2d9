package io.jfvm.gas.price;

/** The ref-fvm release line whose gas rules apply; it decides which charges exist and how they are split. */
public enum FvmLine {
    /** ref-fvm v2 (network versions 15–17): SKYR prices, signed gas, fvm-wasm-instrument 0.2.0. */
    V2,
    /** ref-fvm v3 (network versions 18–20): HYGGE prices, fvm-wasm-instrument 0.4.0. */
    V3,
    /** ref-fvm v4 (network versions 21+): WATERMELON and TEEP prices, fvm-wasm-instrument 0.4.0. */
    V4
}
