package io.jfvm.jmh.report;

/** One suite's part of the report: what it aims for, whether it gets there, and the measurements. */
interface Section {
    String title();

    /** The target, as one sentence. */
    String target();

    Verdict verdict();

    /** The measurements as markdown: tables and short notes. */
    String body();
}
