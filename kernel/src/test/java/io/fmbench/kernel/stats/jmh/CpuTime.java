package io.fmbench.kernel.stats.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A secondary JMH result, {@code cpuMsPerCall}: the benchmark thread's CPU time per call, averaged over the iteration.
 * The score is wall time, which on a machine whose cores are shared by other jobs mostly measures waiting for a core.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long nanos, calls;
    public double cpuMsPerCall;

    @Setup(Level.Iteration)
    public void reset() {
        nanos = 0;
        calls = 0;
    }

    <T> T time(Supplier<T> op) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        T v = op.get();
        nanos += THREADS.getCurrentThreadCpuTime() - t0;
        cpuMsPerCall = nanos / 1e6 / ++calls;
        return v;
    }
}
