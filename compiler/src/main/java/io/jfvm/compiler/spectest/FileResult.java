package io.jfvm.compiler.spectest;

import java.util.List;

/** The outcome of one script: how many of its commands passed, and the failures. */
public record FileResult(String file, int passed, List<Failure> failures) {
    public FileResult {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    public int commands() {
        return passed + failed();
    }

    /** Whether every command passed. */
    public boolean fullyPassed() {
        return failures.isEmpty();
    }
}
