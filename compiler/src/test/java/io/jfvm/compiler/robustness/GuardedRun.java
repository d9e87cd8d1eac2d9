package io.jfvm.compiler.robustness;

import com.dylibso.chicory.wasm.ChicoryException;
import io.jfvm.compiler.WasmFormatException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs an action on one module in a worker thread with a time limit, and classifies how it ended: success, a
 * {@link WasmFormatException} (both acceptable), anything else thrown, or a timeout. A worker that times out
 * cannot be stopped safely; it is abandoned (as a daemon thread) and a fresh one takes over.
 */
final class GuardedRun implements AutoCloseable {
    enum Result { ACCEPTED, REJECTED, UNEXPECTED, TIMED_OUT }

    /**
     * How one run ended: {@code kind} is set for {@link Result#REJECTED}, {@code failure} for
     * {@link Result#UNEXPECTED}, and for a rejection that wraps something other than Chicory's own exceptions.
     */
    record Outcome(Result result, WasmFormatException.Kind kind, Throwable failure, long millis) {}

    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    GuardedRun(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Outcome run(byte[] wasm, Consumer<byte[]> action) {
        long start = System.nanoTime();
        Future<?> future = worker.submit(() -> action.accept(wasm));
        try {
            future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Outcome(Result.ACCEPTED, null, null, millisSince(start));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WasmFormatException w) {
                Throwable wrapped = w.getCause();
                boolean foreign = wrapped != null && !(wrapped instanceof ChicoryException);
                return new Outcome(Result.REJECTED, w.kind(), foreign ? wrapped : null, millisSince(start));
            }
            return new Outcome(Result.UNEXPECTED, null, cause, millisSince(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(Result.TIMED_OUT, null, null, millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "robustness-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
