package io.fmbench.plugin.probes;

/** Plain loops, one element at a time, straight from the definitions: the reference and the fallback. */
public final class ScalarKernels implements PerturbationKernels {

    public static final ScalarKernels INSTANCE = new ScalarKernels();

    private ScalarKernels() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void addGaussian(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float sigma) {
        for (int i = 0; i < len; i++) dst[dstOff + i] = Math.fma(CounterRng.normal(seed, firstIndex + i), sigma, src[srcOff + i]);
    }

    @Override
    public void addScaled(float[] src, int srcOff, float[] wave, int waveOff, float scale, float[] dst, int dstOff, int len) {
        for (int i = 0; i < len; i++) dst[dstOff + i] = Math.fma(wave[waveOff + i], scale, src[srcOff + i]);
    }

    @Override
    public void dropRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, boolean[] drop) {
        for (int r = 0; r < drop.length; r++)
            for (int t = 0; t < rowLen; t++) dst[dstOff + r * rowLen + t] = drop[r] ? 0f : src[srcOff + r * rowLen + t];
    }

    @Override
    public void permuteRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, int[] perm) {
        for (int r = 0; r < perm.length; r++)
            for (int t = 0; t < rowLen; t++) dst[dstOff + r * rowLen + t] = src[srcOff + perm[r] * rowLen + t];
    }

    @Override
    public void rollRow(float[] src, int srcOff, float[] dst, int dstOff, int len, int shift) {
        for (int t = 0; t < len; t++) dst[dstOff + t] = src[srcOff + Math.floorMod(t - shift, len)];
    }

    @Override
    public void maskElements(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float p) {
        for (int i = 0; i < len; i++) dst[dstOff + i] = CounterRng.uniform(seed, firstIndex + i) < p ? 0f : src[srcOff + i];
    }

    @Override
    public void affine(float[] src, int srcOff, float[] dst, int dstOff, int len, float a, float b) {
        for (int i = 0; i < len; i++) dst[dstOff + i] = Math.fma(src[srcOff + i], a, b);
    }
}
