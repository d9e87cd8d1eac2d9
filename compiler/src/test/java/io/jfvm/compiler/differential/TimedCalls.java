package io.jfvm.compiler.differential;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls in a worker thread with a time limit, because generated inputs can make a function loop for a very
 * long time. A worker that overruns is interrupted (Chicory's interpreter honours that) and replaced.
 */
final class TimedCalls implements AutoCloseable {
    private ExecutorService worker = newWorker();

    /** The call's result, or empty when it did not finish within {@code millis}. */
    <T> Optional<T> run(Callable<T> call, long millis) throws Exception {
        Future<T> future = worker.submit(call);
        try {
            return Optional.of(future.get(millis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
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
            Thread t = new Thread(r, "differential-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
