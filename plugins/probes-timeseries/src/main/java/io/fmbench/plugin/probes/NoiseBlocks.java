package io.fmbench.plugin.probes;

/**
 * The walk over a range that every Gaussian-noise kernel shares: elements outside whole blocks of
 * {@link CounterRng#BLOCK} one at a time, whole blocks through a block function that computes each Box-Muller pair once
 * (its cosine goes to the block's first half, its sine to the second).
 */
final class NoiseBlocks {

    /** Adds sigma times the block's normals to src[s .. s+BLOCK) into dst; pairs c0 .. c0+HALF-1 under keys (k1, k2). */
    interface Block {
        void add(float[] src, int s, float[] dst, int d, int c0, int k1, int k2, float sigma);
    }

    private NoiseBlocks() {}

    /** dst[i] = src[i] + sigma * N(seed, firstIndex + i), whole blocks through {@code block}. */
    static void add(Block block, float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float sigma) {
        int i = 0;
        while (i < len && ((firstIndex + i) & (CounterRng.BLOCK - 1)) != 0) {
            dst[dstOff + i] = Math.fma(CounterRng.normal(seed, firstIndex + i), sigma, src[srcOff + i]);
            i++;
        }
        long keysHi = -1, keys = 0;
        for (; len - i >= CounterRng.BLOCK; i += CounterRng.BLOCK) {
            long pairBase = (firstIndex + i) >>> 1; // the first pair of an aligned block (CounterRng.pairOf)
            if ((pairBase >>> 32) != keysHi) {
                keysHi = pairBase >>> 32;
                keys = CounterRng.keys(seed, keysHi, 1);
            }
            block.add(src, srcOff + i, dst, dstOff + i, (int) pairBase, (int) keys, (int) (keys >>> 32), sigma);
        }
        for (; i < len; i++) dst[dstOff + i] = Math.fma(CounterRng.normal(seed, firstIndex + i), sigma, src[srcOff + i]);
    }

    /** One block in plain Java: half the work of drawing element by element, which computes every pair twice. */
    static void scalarBlock(float[] src, int s, float[] dst, int d, int c0, int k1, int k2, float sigma) {
        for (int j = 0; j < CounterRng.HALF; j++) {
            float[] z = CounterRng.normalPair(c0 + j, k1, k2);
            dst[d + j] = Math.fma(z[0], sigma, src[s + j]);
            dst[d + CounterRng.HALF + j] = Math.fma(z[1], sigma, src[s + CounterRng.HALF + j]);
        }
    }
}
