package io.jfvm.jmh.report;

/** Whether a suite meets its target. */
enum Verdict {
    MET("met"),
    NOT_MET("not met"),
    /** The suite was not run, or did not measure what the target is about. */
    NOT_MEASURED("not measured");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    static Verdict of(boolean met) {
        return met ? MET : NOT_MET;
    }

    @Override
    public String toString() {
        return text;
    }
}
