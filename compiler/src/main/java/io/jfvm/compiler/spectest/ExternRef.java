package io.jfvm.compiler.spectest;

/**
 * The host object behind the spec tests' {@code ref.extern N}: an opaque externref that the tests pass in and
 * expect back, equal to another exactly when their numbers are equal.
 */
public record ExternRef(long id) {
    @Override
    public String toString() {
        return "ref.extern " + Long.toUnsignedString(id);
    }
}
