package io.fmbench.kernel.robustness;

import java.lang.management.ManagementFactory;

/**
 * {@code -Dfmbench.robustness.trace=true}: prints on stderr when each phase of a robustness run ended, in ms since the
 * JVM started, to see where a run's time goes without a profiler.
 */
final class RunTrace {

    static final boolean ON = Boolean.getBoolean("fmbench.robustness.trace");

    private RunTrace() {}

    static void mark(String phase) {
        if (ON) System.err.printf("robustness: %s at %d ms%n", phase, ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
