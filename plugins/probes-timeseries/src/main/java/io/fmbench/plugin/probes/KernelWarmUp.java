package io.fmbench.plugin.probes;

/**
 * Starts compiling a vector kernel (see {@link WarmingKernels}). Probes call it when asked for their grid, the first
 * sign that a run is about to use them, so the compiler works while the kernel reads the clean data. It is a class of
 * its own because choosing the kernels ({@link Streams#KERNELS}) loads the Vector API, about 30 ms of class
 * initialisation: that happens on the new thread, not the caller's, and calling a method of Streams would do it here.
 */
final class KernelWarmUp {

    /** Kernels already asked for: a run asks for each probe's grid more than once, and one thread per kernel is enough. */
    private static final java.util.Set<WarmingKernels.Kernel> REQUESTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private KernelWarmUp() {}

    static void start(WarmingKernels.Kernel k) {
        if (!REQUESTED.add(k)) return;
        Thread t = new Thread(() -> {
            try {
                if (Streams.KERNELS instanceof WarmingKernels w) w.warmUp(k);
            } catch (LinkageError | RuntimeException e) {
                // the Vector API cannot load here: the first perturbation reports it, on the thread that needs it
            }
        }, "fmbench-kernels");
        t.setDaemon(true);
        t.start();
    }
}
