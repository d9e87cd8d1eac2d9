package io.jfvm.compiler.spectest;

import java.util.List;

/** The outcome of a spec test run, script by script in name order. */
public record SpecTestResult(List<FileResult> files) {
    public SpecTestResult {
        files = List.copyOf(files);
    }

    public int passed() {
        return files.stream().mapToInt(FileResult::passed).sum();
    }

    public int failed() {
        return files.stream().mapToInt(FileResult::failed).sum();
    }

    public List<Failure> failures() {
        return files.stream().flatMap(f -> f.failures().stream()).toList();
    }

    /** The closing line of every report: {@code N passed, M failed}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
