package io.fmbench.plugin.probes;

/**
 * The walk over a range that every Gaussian-noise kernel shares: elements outside whole blocks of
 * {@link CounterRng#BLOCK} one at a time, runs of whole blocks through a block function that computes each Box-Muller
 * pair once (its cosine goes to its block's first half, its sine to the second). A run is as long as the keys allow
 * (they change every 2^32 pairs), so the block function is called once per batch, not once per 64 elements: a call
 * per block cost the vector kernel 6% in calls and constant set-up.
 */
final class NoiseBlocks {

    /**
     * Adds sigma times the normals of {@code blocks} consecutive blocks to src[s .. s+blocks*BLOCK) into dst; pairs
     * c0 .. c0+blocks*HALF-1 (int arithmetic, wrapping) under keys (k1, k2). Pair c0+k goes to element k + (k &amp; -HALF)
     * of the run (cosine) and HALF further (sine).
     */
    interface Block {
        void add(float[] src, int s, float[] dst, int d, int c0, int k1, int k2, float sigma, int blocks);
    }

    private NoiseBlocks() {}

    /** dst[i] = src[i] + sigma * N(seed, firstIndex + i), whole blocks through {@code block}. */
    static void add(Block block, float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float sigma) {
        int i = 0;
        while (i < len && ((firstIndex + i) & (CounterRng.BLOCK - 1)) != 0) {
            dst[dstOff + i] = Math.fma(CounterRng.normal(seed, firstIndex + i), sigma, src[srcOff + i]);
            i++;
        }
        while (len - i >= CounterRng.BLOCK) {
            long pairBase = (firstIndex + i) >>> 1; // the first pair of an aligned block (CounterRng.pairOf)
            long keys = CounterRng.keys(seed, pairBase >>> 32, 1);
            long pairsToNextKeys = (1L << 32) - (pairBase & 0xFFFFFFFFL);
            int blocks = (int) Math.min((len - i) / CounterRng.BLOCK, pairsToNextKeys / CounterRng.HALF);
            block.add(src, srcOff + i, dst, dstOff + i, (int) pairBase, (int) keys, (int) (keys >>> 32), sigma, blocks);
            i += blocks * CounterRng.BLOCK;
        }
        for (; i < len; i++) dst[dstOff + i] = Math.fma(CounterRng.normal(seed, firstIndex + i), sigma, src[srcOff + i]);
    }

    /** Blocks in plain Java: half the work of drawing element by element, which computes every pair twice. */
    static void scalarBlock(float[] src, int s, float[] dst, int d, int c0, int k1, int k2, float sigma, int blocks) {
        for (int k = 0; k < blocks * CounterRng.HALF; k++) {
            float[] z = CounterRng.normalPair(c0 + k, k1, k2);
            int e = k + (k & -CounterRng.HALF);
            dst[d + e] = Math.fma(z[0], sigma, src[s + e]);
            dst[d + CounterRng.HALF + e] = Math.fma(z[1], sigma, src[s + CounterRng.HALF + e]);
        }
    }
}
