package io.jfvm.jmh.message;

import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.executor.Executor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * What the message suites share: one op applies every message of a {@link VectorGroup}, each vector from its
 * pre-state (fresh machines, set up outside the timed region; compiled actor code is shared, as in a node), and
 * counts messages and gas ({@link MessageCounters}). The engine must reproduce every receipt before it is timed.
 */
public abstract class MessageBenchmark {
    private VectorGroup vectors;
    private ActorCodeRunner runner;
    private Executor[] executors;

    /** Loads the group, makes the engine's runner and checks that it reproduces the vectors. */
    protected final void load(String group, String engine) {
        vectors = VectorGroup.load(group);
        runner = Runners.forEngine(engine);
        vectors.verify(runner, engine);
    }

    @Setup(Level.Invocation)
    public void freshState() {
        executors = vectors.newExecutors(runner);
    }

    @Benchmark
    public long execute(MessageCounters counters) {
        long gas = vectors.apply(executors);
        counters.messages += vectors.messages();
        counters.gas += gas;
        return gas;
    }
}
