package io.fmbench.plugin.probes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The vector kernels must give the scalar reference's bits on every length, offset and counter position. */
class KernelsTest {

    private static final PerturbationKernels SCALAR = ScalarKernels.INSTANCE;
    private static final PerturbationKernels VECTOR = VectorKernels.create();

    private static float[] data(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextGaussian() * 3f;
        return x;
    }

    @Test
    void vectorKernelsAreAvailableInTheTestJvm() {
        assertNotNull(VECTOR, "surefire runs with --add-modules jdk.incubator.vector");
        assertTrue(PerturbationKernels.best().name().startsWith("vector"), PerturbationKernels.best().name());
    }

    @Test
    void fallsBackToScalarWithoutTheVectorApiOrWhenAskedTo() {
        assertSame(ScalarKernels.INSTANCE, KernelSelector.select("auto", "jdk.incubator.vector.NoSuchClass"));
        assertSame(ScalarKernels.INSTANCE, KernelSelector.select("scalar", "jdk.incubator.vector.FloatVector"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 31, 63, 64, 65, 127, 129, 1000, 4099})
    void gaussianNoiseMatchesScalarBitForBit(int len) {
        for (long first : new long[] {0, 1, 13, 64, 100_003, (1L << 33) - 70}) {
            float[] x = data(len + 5, len);
            float[] a = new float[len + 9], b = new float[len + 9];
            SCALAR.addGaussian(x, 3, a, 2, len, 42L, first, 0.37f);
            VECTOR.addGaussian(x, 3, b, 2, len, 42L, first, 0.37f);
            assertArrayEquals(a, b, "len " + len + " first " + first);
        }
    }

    /** The scalar block path (one pair for two elements) that runs while the vector kernel compiles: same bits. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 129, 1000, 4099})
    void pairwiseScalarNoiseMatchesScalarBitForBit(int len) {
        for (long first : new long[] {0, 1, 13, 64, 100_003, (1L << 33) - 70}) {
            float[] x = data(len + 5, len);
            float[] a = new float[len + 9], b = new float[len + 9];
            SCALAR.addGaussian(x, 3, a, 2, len, 42L, first, 0.37f);
            NoiseBlocks.add(NoiseBlocks::scalarBlock, x, 3, b, 2, len, 42L, first, 0.37f);
            assertArrayEquals(a, b, "len " + len + " first " + first);
            // in place, as the expression probe uses it
            float[] c = java.util.Arrays.copyOfRange(x, 3, 3 + len);
            NoiseBlocks.add(NoiseBlocks::scalarBlock, c, 0, c, 0, len, 42L, first, 0.37f);
            assertArrayEquals(java.util.Arrays.copyOfRange(a, 2, 2 + len), c, "in place, len " + len);
        }
    }

    @Test
    void noiseDoesNotDependOnBatching() {
        int n = 5000;
        float[] x = data(n, 1);
        float[] whole = new float[n], parts = new float[n];
        VECTOR.addGaussian(x, 0, whole, 0, n, 7L, 0, 1f);
        int[] cuts = {0, 1, 77, 640, 2001, 4999, n};
        for (int c = 0; c + 1 < cuts.length; c++)
            VECTOR.addGaussian(x, cuts[c], parts, cuts[c], cuts[c + 1] - cuts[c], 7L, cuts[c], 1f);
        assertArrayEquals(whole, parts);
        float[] otherSeed = new float[n];
        VECTOR.addGaussian(x, 0, otherSeed, 0, n, 8L, 0, 1f);
        assertFalse(java.util.Arrays.equals(whole, otherSeed));
    }

    /** Textbook moments of N(0,1): mean 0, variance 1, kurtosis 3, P(|z| > 1.96) = 0.05, no lag-1 correlation. */
    @Test
    void normalsHaveStandardNormalMoments() {
        int n = 2_000_000;
        float[] z = new float[n];
        VECTOR.addGaussian(new float[n], 0, z, 0, n, 123L, 0, 1f);
        double s1 = 0, s2 = 0, s4 = 0, lag = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            double v = z[i];
            s1 += v;
            s2 += v * v;
            s4 += v * v * v * v;
            if (Math.abs(v) > 1.959964) tail++;
            if (i > 0) lag += v * z[i - 1];
        }
        // tolerances are ~5 standard errors at n = 2e6
        assertEquals(0.0, s1 / n, 0.004);
        assertEquals(1.0, s2 / n, 0.005);
        assertEquals(3.0, s4 / n, 0.03);
        assertEquals(0.05, (double) tail / n, 0.0008);
        assertEquals(0.0, lag / n, 0.004);
        // the two halves of a block (cosine and sine of the same pair) must not be correlated either
        double cross = 0;
        for (int b = 0; b < n / 64; b++) for (int j = 0; j < 32; j++) cross += z[b * 64 + j] * z[b * 64 + 32 + j];
        assertEquals(0.0, cross / (n / 2.0), 0.006);
    }

    @Test
    void logIsAccurateOnTheUniformGrid() {
        for (int k = 1; k <= (1 << 24); k += 997) {
            float u = k * 0x1p-24f;
            double exact = Math.log(u);
            assertEquals(exact, CounterRng.log(u), 2e-7 * Math.max(1, Math.abs(exact)), "log(" + u + ")");
        }
        assertEquals(0f, CounterRng.log(1f));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8, 17, 33, 1001})
    void elementwiseKernelsMatchScalar(int len) {
        float[] x = data(len + 4, len);
        float[] w = data(len + 4, len + 1);
        float[] a = new float[len + 4], b = new float[len + 4];
        SCALAR.addScaled(x, 1, w, 2, 0.25f, a, 3, len);
        VECTOR.addScaled(x, 1, w, 2, 0.25f, b, 3, len);
        assertArrayEquals(a, b);
        for (long first : new long[] {0, 5, (1L << 32) - 3}) {
            SCALAR.maskElements(x, 1, a, 0, len, 9L, first, 0.3f);
            VECTOR.maskElements(x, 1, b, 0, len, 9L, first, 0.3f);
            assertArrayEquals(a, b, "first " + first);
        }
        SCALAR.affine(x, 0, a, 1, len, 1.2f, -0.5f);
        VECTOR.affine(x, 0, b, 1, len, 1.2f, -0.5f);
        assertArrayEquals(a, b);
    }

    @Test
    void maskingZeroesAboutAFractionP() {
        int n = 1_000_000;
        float[] ones = new float[n], out = new float[n];
        java.util.Arrays.fill(ones, 1f);
        VECTOR.maskElements(ones, 0, out, 0, n, 3L, 0, 0.2f);
        int zeros = 0;
        for (float v : out) if (v == 0f) zeros++;
        assertEquals(0.2, zeros / (double) n, 0.002); // 5 standard errors
    }

    @Test
    void rollMovesValuesLaterLikeNumpyRoll() {
        float[] x = {1, 2, 3, 4, 5};
        for (PerturbationKernels k : new PerturbationKernels[] {SCALAR, VECTOR}) {
            float[] out = new float[5];
            k.rollRow(x, 0, out, 0, 5, 2);
            assertArrayEquals(new float[] {4, 5, 1, 2, 3}, out, k.name()); // np.roll([1,2,3,4,5], 2)
            k.rollRow(x, 0, out, 0, 5, -1);
            assertArrayEquals(new float[] {2, 3, 4, 5, 1}, out, k.name());
            k.rollRow(x, 0, out, 0, 5, 7);
            assertArrayEquals(new float[] {4, 5, 1, 2, 3}, out, k.name());
        }
    }

    @Test
    void rowKernelsTakeAndDropRows() {
        float[] x = {1, 2, 3, 4, 5, 6}; // 3 rows of 2
        for (PerturbationKernels k : new PerturbationKernels[] {SCALAR, VECTOR}) {
            float[] out = new float[6];
            k.permuteRows(x, 0, out, 0, 2, new int[] {2, 0, 1});
            assertArrayEquals(new float[] {5, 6, 1, 2, 3, 4}, out, k.name()); // np.take(x, [2,0,1], axis=0)
            k.permuteRows(x, 0, out, 0, 2, new int[] {2, 2, 0});
            assertArrayEquals(new float[] {5, 6, 5, 6, 1, 2}, out, k.name()); // np.take(x, [2,2,0], axis=0): repeats allowed
            k.dropRows(x, 0, out, 0, 2, new boolean[] {false, true, false});
            assertArrayEquals(new float[] {1, 2, 0, 0, 5, 6}, out, k.name());
        }
    }

    @Test
    void rowKernelsMatchScalarOnOddShapes() {
        int rows = 7, len = 37;
        float[] x = data(rows * len + 3, 5);
        float[] a = new float[rows * len], b = new float[rows * len];
        int[] perm = {3, 6, 0, 1, 5, 2, 4};
        boolean[] drop = {true, false, false, true, false, true, false};
        SCALAR.permuteRows(x, 3, a, 0, len, perm);
        VECTOR.permuteRows(x, 3, b, 0, len, perm);
        assertArrayEquals(a, b);
        SCALAR.dropRows(x, 3, a, 0, len, drop);
        VECTOR.dropRows(x, 3, b, 0, len, drop);
        assertArrayEquals(a, b);
        for (int shift : new int[] {0, 1, 10, 36, 37, 80, -5}) {
            SCALAR.rollRow(x, 3, a, 0, len, shift);
            VECTOR.rollRow(x, 3, b, 0, len, shift);
            assertArrayEquals(a, b, "shift " + shift);
        }
    }
}
