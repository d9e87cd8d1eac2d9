package io.jfvm.gas.fuzz;

/** Exceptions in reports: the exception and the innermost frames of its deepest cause, which locate the fault. */
final class Failures {
    private static final int FRAMES = 4;

    private Failures() {}

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder sb = new StringBuilder(t.toString());
        if (root != t) {
            sb.append(" caused by ").append(root);
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            sb.append(i == 0 ? " at " : " < ").append(frames[i]);
        }
        return sb.toString();
    }
}
