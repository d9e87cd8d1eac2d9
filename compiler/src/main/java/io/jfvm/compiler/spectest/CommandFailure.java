package io.jfvm.compiler.spectest;

/** A command whose outcome differs from what the script expects. */
final class CommandFailure extends Exception {
    final String expected;
    final String actual;

    CommandFailure(String expected, String actual) {
        super("expected " + expected + ", got " + actual, null, false, false);
        this.expected = expected;
        this.actual = actual;
    }
}
