package io.fmbench.plugin.probes;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * The Vector API kernels once HotSpot's optimising compiler (C2) has compiled them, scalar code until then. Before
 * C2 compiles it, Vector API code runs boxed, thousands of times slower than plain loops: a 256 MB run spent seconds
 * of its time there. {@link #warmUp} starts a daemon thread that drives the vector kernels on a small scratch array
 * until they run at compiled speed, and only then are they used on data. Both sides give the same bits (see
 * {@link CounterRng}), so when the switch happens never changes a result. Kernels that are plain Java (row copies)
 * warm up quickly in any case and always come from the vector side.
 * {@code -Dfmbench.kernels.trace=true} prints, per kernel, when it switched and what its warm-up cost.
 */
final class WarmingKernels implements PerturbationKernels {

    /**
     * Elements per warm-up call: two whole blocks, enough for the compiler's profile to see every path, few enough that
     * a boxed call is short, so the polling below notices the compiled code soon after it is in.
     */
    private static final int WARM_LEN = 2 * CounterRng.BLOCK;
    /**
     * Calls before the warm-up slows down to polling. The launcher lowers the compile thresholds of the vector kernels
     * (C2 after a few dozen invocations, fewer with loop iterations), which these calls pass; without that flag the polling
     * calls get there too, only later. More back-to-back calls of boxed code would take a core from the real work and
     * flood the compilers with Vector API internals.
     */
    private static final int EAGER_CALLS = 16;
    /** Every this many calls, one starts and ends off a block boundary. */
    private static final int WINDOW = 8;
    /**
     * A whole call of compiled vector code takes well under this (0.1-0.5 us), boxed code (interpreted or from the
     * client compiler) 20 us and more; two such calls in a row mean the compiled code is in.
     */
    private static final long COMPILED_CALL_NS = 5_000;
    /** Past this the warm-up gives up and the scalar side stays in use (same numbers, slower). */
    private static final long GIVE_UP_NS = 30_000_000_000L;

    private final PerturbationKernels vector;
    /** Per kernel: whether its warm-up has started, and whether it has finished (read on every call; cheap beside a batch). */
    private final AtomicBoolean[] started = flags(), ready = flags();

    private WarmingKernels(PerturbationKernels vector) {
        this.vector = vector;
    }

    /** Wraps vector kernels; the scalar kernels need no warm-up and are returned as they are. */
    static PerturbationKernels of(PerturbationKernels best) {
        return best instanceof VectorKernels ? new WarmingKernels(best) : best;
    }

    /** The kernels a probe can ask to have compiled before its data arrives. */
    enum Kernel { NOISE, MASK, AFFINE, SCALED }

    /** Starts compiling one vector kernel in the background (once per kernel; later calls do nothing). */
    void warmUp(Kernel k) {
        if (!started[k.ordinal()].compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                drive(k);
            } catch (LinkageError | RuntimeException e) {
                // the run ended early and closed this plugin's class loader, or the vector side cannot run here: the
                // scalar side stays in use, and a daemon's trace on stderr would only confuse whoever reads the error
            }
        }, "fmbench-warmup-" + k.name().toLowerCase(java.util.Locale.ROOT));
        t.setDaemon(true);
        t.start();
    }

    /** Whether a kernel runs compiled, so that data goes through the vector side. */
    boolean isWarm(Kernel k) {
        return ready[k.ordinal()].get();
    }

    private static AtomicBoolean[] flags() {
        AtomicBoolean[] f = new AtomicBoolean[Kernel.values().length];
        for (int i = 0; i < f.length; i++) f[i] = new AtomicBoolean();
        return f;
    }

    private void drive(Kernel k) {
        float[] src = new float[WARM_LEN + 16], dst = new float[WARM_LEN + 16];
        for (int i = 0; i < src.length; i++) src[i] = i * 0.01f;
        boolean trace = Boolean.getBoolean("fmbench.kernels.trace");
        // the thread's CPU time comes from the management beans, whose start-up costs every run ~20 ms of CPU: only when tracing
        long t0 = System.nanoTime(), cpu0 = trace ? cpu() : 0;
        // one call in every WINDOW starts and ends off a block boundary, so that the head and tail loops are
        // profiled too (otherwise C2 compiles them as never taken and the first ragged batch deoptimises the kernel)
        IntConsumer call = switch (k) {
            case NOISE -> i -> vector.addGaussian(src, i & 7, dst, 3, WARM_LEN - ragged(i), 42L, i * 64L + ragged(i), 0.5f);
            case MASK -> i -> vector.maskElements(src, i & 7, dst, 3, WARM_LEN - ragged(i), 42L, i * 64L + ragged(i), 0.3f);
            case AFFINE -> i -> vector.affine(src, i & 7, dst, 3, WARM_LEN - ragged(i), 1.1f, 0.2f);
            case SCALED -> i -> vector.addScaled(src, i & 7, src, 5, 0.3f, dst, 3, WARM_LEN - ragged(i));
        };
        try {
            ready[k.ordinal()].set(compiled(t0 + GIVE_UP_NS, call));
        } catch (InterruptedException e) {
            return; // the scalar side stays in use
        }
        if (trace)
            System.err.printf("warm-up %s: %b after %.0f ms wall, %.0f ms cpu%n", k, isWarm(k), (System.nanoTime() - t0) / 1e6, (cpu() - cpu0) / 1e6);
    }

    private static int ragged(int call) {
        return call % WINDOW == WINDOW - 1 ? 13 : 0;
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Calls {@code kernel} until it runs at compiled speed; false at the deadline. The first {@link #EAGER_CALLS} calls
     * go back to back; from then on calls are spaced out (at least a millisecond, and five times the last call's time) and
     * tell when the compiled code is in.
     */
    private static boolean compiled(long deadline, IntConsumer kernel) throws InterruptedException {
        int fastInARow = 0;
        for (int i = 0; System.nanoTime() < deadline; i++) {
            long t0 = System.nanoTime();
            kernel.accept(i);
            long took = System.nanoTime() - t0;
            fastInARow = took < COMPILED_CALL_NS ? fastInARow + 1 : 0;
            if (fastInARow >= 2 && ragged(i) == 0) return true;
            // polling takes at most a sixth of a core, however slow a call still is: C2 is at work by now, and a boxed
            // call only tells whether it has finished
            if (i >= EAGER_CALLS) Thread.sleep(Math.max(1, 5 * took / 1_000_000));
        }
        return false;
    }

    @Override
    public String name() {
        return vector.name() + "-warming";
    }

    @Override
    public void addGaussian(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float sigma) {
        if (isWarm(Kernel.NOISE)) vector.addGaussian(src, srcOff, dst, dstOff, len, seed, firstIndex, sigma);
        else NoiseBlocks.add(NoiseBlocks::scalarBlock, src, srcOff, dst, dstOff, len, seed, firstIndex, sigma);
    }

    @Override
    public void addScaled(float[] src, int srcOff, float[] wave, int waveOff, float scale, float[] dst, int dstOff, int len) {
        (isWarm(Kernel.SCALED) ? vector : ScalarKernels.INSTANCE).addScaled(src, srcOff, wave, waveOff, scale, dst, dstOff, len);
    }

    @Override
    public void dropRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, boolean[] drop) {
        vector.dropRows(src, srcOff, dst, dstOff, rowLen, drop);
    }

    @Override
    public void permuteRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, int[] perm) {
        vector.permuteRows(src, srcOff, dst, dstOff, rowLen, perm);
    }

    @Override
    public void rollRow(float[] src, int srcOff, float[] dst, int dstOff, int len, int shift) {
        vector.rollRow(src, srcOff, dst, dstOff, len, shift);
    }

    @Override
    public void maskElements(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float p) {
        (isWarm(Kernel.MASK) ? vector : ScalarKernels.INSTANCE).maskElements(src, srcOff, dst, dstOff, len, seed, firstIndex, p);
    }

    @Override
    public void affine(float[] src, int srcOff, float[] dst, int dstOff, int len, float a, float b) {
        (isWarm(Kernel.AFFINE) ? vector : ScalarKernels.INSTANCE).affine(src, srcOff, dst, dstOff, len, a, b);
    }
}
