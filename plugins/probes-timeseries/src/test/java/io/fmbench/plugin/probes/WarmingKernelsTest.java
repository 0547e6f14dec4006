package io.fmbench.plugin.probes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whichever side serves a call, before or after the vector kernels are compiled, the numbers are the scalar reference's. */
class WarmingKernelsTest {

    private static float[] data(int n) {
        Random r = new Random(n);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextGaussian();
        return x;
    }

    private static void assertSameAsScalar(PerturbationKernels k) {
        int n = 3 * CounterRng.BLOCK + 21;
        float[] x = data(n + 4), expected = new float[n], actual = new float[n];
        ScalarKernels.INSTANCE.addGaussian(x, 4, expected, 0, n, 5L, 77, 0.8f);
        k.addGaussian(x, 4, actual, 0, n, 5L, 77, 0.8f);
        assertArrayEquals(expected, actual, k.name());
        ScalarKernels.INSTANCE.maskElements(x, 1, expected, 0, n, 5L, 77, 0.4f);
        k.maskElements(x, 1, actual, 0, n, 5L, 77, 0.4f);
        assertArrayEquals(expected, actual, k.name());
        ScalarKernels.INSTANCE.affine(x, 2, expected, 0, n, 0.9f, 0.1f);
        k.affine(x, 2, actual, 0, n, 0.9f, 0.1f);
        assertArrayEquals(expected, actual, k.name());
        ScalarKernels.INSTANCE.addScaled(x, 3, x, 1, 0.7f, expected, 0, n);
        k.addScaled(x, 3, x, 1, 0.7f, actual, 0, n);
        assertArrayEquals(expected, actual, k.name());
    }

    @Test
    void scalarKernelsNeedNoWarmUp() {
        assertSame(ScalarKernels.INSTANCE, WarmingKernels.of(ScalarKernels.INSTANCE));
    }

    @Test
    void sameNumbersBeforeAndAfterTheSwitch() throws Exception {
        WarmingKernels k = (WarmingKernels) WarmingKernels.of(VectorKernels.create());
        for (WarmingKernels.Kernel kernel : WarmingKernels.Kernel.values()) assertFalse(k.isWarm(kernel), "nothing is warm before warmUp");
        assertSameAsScalar(k);
        for (WarmingKernels.Kernel kernel : WarmingKernels.Kernel.values()) k.warmUp(kernel);
        long deadline = System.nanoTime() + 120_000_000_000L; // generous: C2 shares two cores with the whole build here
        while (System.nanoTime() < deadline
                && !java.util.Arrays.stream(WarmingKernels.Kernel.values()).allMatch(k::isWarm)) Thread.sleep(50);
        assertTrue(k.isWarm(WarmingKernels.Kernel.NOISE), "the noise kernel compiled within two minutes");
        assertSameAsScalar(k);
    }
}
