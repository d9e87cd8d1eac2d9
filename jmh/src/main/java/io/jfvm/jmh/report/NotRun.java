package io.jfvm.jmh.report;

/** A suite whose results file does not exist: its target is listed, with no verdict. */
record NotRun(String title, String target, String file) implements Section {
    @Override
    public Verdict verdict() {
        return Verdict.NOT_MEASURED;
    }

    @Override
    public String body() {
        return "Not run: there is no `" + file + "` in the results directory.\n";
    }
}
