package io.jfvm.conformance;

/** How a vector ended. */
public enum Verdict {
    /** Every receipt and the post-state root match. */
    PASSED,
    /** Something differs, or the vector could not be applied (the reason says which). */
    FAILED,
    /** Not run, by a rule the reference runner also applies (the reason says which). */
    SKIPPED
}
