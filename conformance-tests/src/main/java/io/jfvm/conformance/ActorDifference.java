package io.jfvm.conformance;

import io.jfvm.ipld.types.ActorState;

/**
 * An actor whose entry differs between the expected and the actual post-state.
 *
 * @param id the actor id
 * @param expected the expected entry, or null if the actor should not exist
 * @param actual the actual entry, or null if it does not exist
 * @param expectedName the builtin actor name of the expected code (or null)
 * @param actualName the builtin actor name of the actual code (or null)
 */
public record ActorDifference(long id, ActorState expected, ActorState actual, String expectedName, String actualName) {
    /** One line per differing field, e.g. {@code balance 10 != expected 12}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("f0").append(Long.toUnsignedString(id)).append(": ");
        if (expected == null) {
            return sb.append("exists (").append(actualName).append(") but should not").toString();
        }
        if (actual == null) {
            return sb.append("missing (expected ").append(expectedName).append(")").toString();
        }
        String sep = "";
        if (!expected.code().equals(actual.code())) {
            sb.append("code ").append(actualName == null ? actual.code() : actualName).append(" != expected ")
                    .append(expectedName == null ? expected.code() : expectedName);
            sep = "; ";
        }
        if (!expected.state().equals(actual.state())) {
            sb.append(sep).append("state ").append(actual.state()).append(" != expected ").append(expected.state());
            sep = "; ";
        }
        if (expected.sequence() != actual.sequence()) {
            sb.append(sep).append("nonce ").append(actual.sequence()).append(" != expected ").append(expected.sequence());
            sep = "; ";
        }
        if (!expected.balance().equals(actual.balance())) {
            sb.append(sep).append("balance ").append(actual.balance()).append(" != expected ").append(expected.balance());
            sep = "; ";
        }
        if (!java.util.Objects.equals(expected.delegatedAddress(), actual.delegatedAddress())) {
            sb.append(sep).append("delegated address ").append(actual.delegatedAddress()).append(" != expected ")
                    .append(expected.delegatedAddress());
        }
        return sb.toString();
    }
}
