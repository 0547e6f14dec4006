package io.fmbench.plugin.probes;

/**
 * The element-wise work of the probes. Offsets index flat C-order arrays; every method writes dst and leaves src as
 * it was. Implementations must give identical bits (see {@link CounterRng}): {@link ScalarKernels} is the reference,
 * {@link VectorKernels} the fast path, and {@link #best()} picks one.
 */
public interface PerturbationKernels {

    String name();

    /** dst[i] = src[i] + sigma * N(seed, firstIndex + i), N the counter-based standard normal. */
    void addGaussian(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float sigma);

    /** dst[i] = src[i] + scale * wave[waveOff + i]. */
    void addScaled(float[] src, int srcOff, float[] wave, int waveOff, float scale, float[] dst, int dstOff, int len);

    /** Copies drop.length rows of rowLen values, writing zeros for the rows where drop[r]. */
    void dropRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, boolean[] drop);

    /** Row r of dst = row perm[r] of src (numpy's take along the row axis). */
    void permuteRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, int[] perm);

    /** dst[t] = src[(t - shift) mod len] (numpy's roll: positive shift = later). */
    void rollRow(float[] src, int srcOff, float[] dst, int dstOff, int len, int shift);

    /** dst[i] = U(seed, firstIndex + i) &lt; p ? 0 : src[i], U the counter-based uniform. */
    void maskElements(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float p);

    /** dst[i] = src[i] * a + b (one rounding: fma). */
    void affine(float[] src, int srcOff, float[] dst, int dstOff, int len, float a, float b);

    /** The Vector API kernels when the incubator module is present and usable, else the scalar ones. */
    static PerturbationKernels best() {
        return KernelSelector.select(System.getProperty("fmbench.kernels", "auto"), "jdk.incubator.vector.FloatVector");
    }
}
