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
 * Secondary JMH results: {@code cpuMs}, the benchmark thread's CPU time, and {@code calls}, both summed by JMH over
 * the measured iterations, so cpuMs / calls is the CPU time per call. The score is wall time, which on a machine
 * whose cores are shared by other jobs mostly measures waiting for a core.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public double cpuMs;
    public long calls;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMs = 0;
        calls = 0;
    }

    <T> T time(Supplier<T> op) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        T v = op.get();
        cpuMs += (THREADS.getCurrentThreadCpuTime() - t0) / 1e6;
        calls++;
        return v;
    }
}
