package io.fmbench.plugin.npydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The branch-free finiteness check against Float.isFinite, on the edge values and on random bit patterns. */
class AllFiniteTest {

    @Test
    void edgeValuesAreClassifiedAsFloatIsFiniteDoes() {
        float[] finite = {0f, -0f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -Float.MIN_NORMAL, 1e-40f, 3.5f};
        assertTrue(NpyFolderDataset.allFinite(finite));
        assertTrue(NpyFolderDataset.allFinite(new float[0]));
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.intBitsToFloat(0xFFC00001)}) {
            for (int at : new int[] {0, 3, finite.length}) {
                float[] x = java.util.Arrays.copyOf(finite, finite.length + 1);
                System.arraycopy(finite, at, x, at + 1, finite.length - at);
                x[at] = bad;
                assertFalse(NpyFolderDataset.allFinite(x), bad + " at " + at);
            }
        }
    }

    @Test
    void randomBitPatternsAgreeWithFloatIsFinite() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 20_000; trial++) {
            float[] x = new float[1 + r.nextInt(40)];
            boolean expected = true;
            for (int i = 0; i < x.length; i++) {
                // mostly ordinary numbers, now and then an all-ones exponent (NaN or infinity)
                int bits = r.nextInt(50) == 0 ? (r.nextInt() | 0x7F800000) : r.nextInt();
                x[i] = Float.intBitsToFloat(bits);
                expected &= Float.isFinite(x[i]);
            }
            assertEquals(expected, NpyFolderDataset.allFinite(x));
        }
    }
}
