package io.jfvm.jmh.message;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite 2: the same messages through the same call manager, kernel and syscalls on different engines: jfvm,
 * Chicory's AOT compiler and Chicory's interpreter, each running the FVM-instrumented actor code (the same
 * passes; see {@link io.jfvm.jmh.engine.ChicoryEngine}). Every engine must reproduce every receipt before it is
 * timed. Ratios between engines are the result; absolute times depend on the machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", "-Xmx3g"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngineComparisonBenchmark extends MessageBenchmark {
    @Param({"jfvm", "chicory-compiler", "chicory-interpreter"})
    public String engine;

    // Groups whose messages run actor code: a plain Send (method 0) runs none, so it would compare nothing
    // but the kernel, which is the same for every engine.
    @Param({"PreCommitSector", "ProveCommitSector", "PublishStorageDeals", "SubmitWindowedPoSt"})
    public String group;

    @Setup(Level.Trial)
    public void load() {
        load(group, engine);
    }
}
