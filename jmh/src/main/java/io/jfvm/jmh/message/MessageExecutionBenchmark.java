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
 * Suite 1: conformance messages by method group on jfvm, as a node applies them ({@link MessageBenchmark}).
 * Reports ops/s, messages/s and gas/s ({@link MessageCounters}); the FVM's gas prices assume 10 gas per
 * nanosecond, so every group should run faster than that.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", "-Xmx3g"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class MessageExecutionBenchmark extends MessageBenchmark {
    @Param({"Send", "PreCommitSector", "ProveCommitSector", "PublishStorageDeals", "SubmitWindowedPoSt",
            "ProveCommitAggregate", "CreateMiner", "Approve", "AddBalance", "ExtendSectorExpiration"})
    public String group;

    @Setup(Level.Trial)
    public void load() {
        load(group, Runners.JFVM);
    }
}
