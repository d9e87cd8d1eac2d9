package io.jfvm.compiler.spectest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One script executing on a thread of its own, watched from the runner's thread. Generated code that loops
 * forever cannot be stopped on the JVM, so a command that runs longer than the timeout is abandoned: it and the
 * commands after it count as failed, its daemon thread is left behind, and the run goes on with the next script.
 */
final class ScriptRun implements Runnable {
    private final String file;
    private final List<WastScript.Command> commands;
    private final ScriptExecutor executor;

    // Guarded by this: written by the script's thread, read by the watching thread.
    private int passed;
    private final List<Failure> failures = new ArrayList<>();
    /** Index of the command executing now; all before it have an outcome. */
    private int current;
    private long currentStartNanos = System.nanoTime();
    private boolean finished;
    private boolean abandoned;
    private Throwable crash;

    ScriptRun(String file, List<WastScript.Command> commands, ScriptExecutor executor) {
        this.file = file;
        this.commands = commands;
        this.executor = executor;
    }

    @Override
    public void run() {
        try {
            for (int i = 0; i < commands.size(); i++) {
                WastScript.Command command = commands.get(i);
                synchronized (this) {
                    if (abandoned) {
                        return;
                    }
                    current = i;
                    currentStartNanos = System.nanoTime();
                }
                Failure failure = null;
                try {
                    executor.execute(command);
                } catch (CommandFailure e) {
                    failure = new Failure(file, command.line(), command.describe(), e.expected, e.actual);
                }
                synchronized (this) {
                    if (abandoned) {
                        return;
                    }
                    if (failure == null) {
                        passed++;
                    } else {
                        failures.add(failure);
                    }
                    current = i + 1;
                    currentStartNanos = System.nanoTime(); // the next command's clock starts now
                }
            }
        } catch (Throwable t) {
            // execute() contains every exception of a command; this is the thread itself failing (e.g. out of
            // memory while recording), which ends the script but not the run.
            synchronized (this) {
                crash = t;
            }
        } finally {
            synchronized (this) {
                finished = true;
                notifyAll();
            }
        }
    }

    /**
     * Waits until the script has run, or until one command has taken longer than {@code timeout}, and returns
     * the outcome. Commands that never finished count as failed.
     */
    synchronized FileResult await(Duration timeout) throws InterruptedException {
        while (!finished) {
            long leftMillis = (timeout.toNanos() - (System.nanoTime() - currentStartNanos)) / 1_000_000;
            if (leftMillis <= 0) {
                abandoned = true;
                break;
            }
            wait(leftMillis);
        }
        List<Failure> all = new ArrayList<>(failures);
        for (int i = current; i < commands.size(); i++) {
            WastScript.Command command = commands.get(i);
            String why;
            if (i == current && abandoned) {
                why = "no outcome after " + timeout.toSeconds() + " s (abandoned)";
            } else if (abandoned) {
                why = "not run: an earlier command was abandoned";
            } else {
                why = "not run: the script's thread died: " + ScriptExecutor.describe(crash);
            }
            all.add(new Failure(file, command.line(), command.describe(), "an outcome", why));
        }
        return new FileResult(file, passed, all);
    }
}
