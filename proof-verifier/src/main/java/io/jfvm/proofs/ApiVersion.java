package io.jfvm.proofs;

/** rust-fil-proofs API versions; they change graph and challenge rules (see proofs.md §C4, §C5). */
public enum ApiVersion {
    V1_0_0, V1_1_0, V1_2_0
}
