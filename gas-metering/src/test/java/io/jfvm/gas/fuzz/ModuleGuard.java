package io.jfvm.gas.fuzz;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each module in a worker thread within a time budget. On overrun the worker is interrupted, which stops
 * Chicory's interpreter; compiled jfvm code cannot be interrupted, so a worker that is still running a moment
 * later is abandoned (a daemon thread) and counted, and a fresh worker takes over.
 */
final class ModuleGuard implements AutoCloseable {
    /** Calls recurse at most as deep as the hang limit allows, but a big stack keeps overflows out of the way. */
    private static final long STACK_BYTES = 256L << 20;
    private static final long GRACE_MILLIS = 5_000;

    private final long budgetMillis;
    private ExecutorService worker = newWorker();
    int abandoned;

    ModuleGuard(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    /** The task's result, or empty when it overran its budget. */
    <T> Optional<T> run(Callable<T> task) throws Exception {
        Future<T> future = worker.submit(task);
        try {
            return Optional.of(future.get(budgetMillis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            if (!worker.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                abandoned++;
            }
            worker = newWorker();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-worker", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
