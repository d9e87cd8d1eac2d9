package io.jfvm.jmh.message;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results of the message benchmarks, which JMH reports as rates: {@code messages} per second and
 * {@code gas} units per second (divide by 10^9 for gas per nanosecond, the unit of the FVM's gas clock).
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class MessageCounters {
    public long messages;
    public long gas;

    @Setup(Level.Iteration)
    public void reset() {
        messages = 0;
        gas = 0;
    }
}
