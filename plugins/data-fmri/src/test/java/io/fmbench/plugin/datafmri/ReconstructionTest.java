package io.fmbench.plugin.datafmri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.Tensor;
import io.fmbench.spi.npy.Npy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconstructionTest {

    @TempDir
    Path dir;

    @Test
    void maskHasBlocksOfTheDeclaredSizeAndDependsOnlyOnSubject() {
        int[] m = TimeMask.draw(100, 0.2, 5, 3, 7);
        assertEquals(20, m.length);
        for (int b = 0; b < 4; b++) {
            assertEquals(0, m[b * 5] % 5);
            for (int k = 1; k < 5; k++) assertEquals(m[b * 5] + k, m[b * 5 + k]);
        }
        assertArrayEquals(m, TimeMask.draw(100, 0.2, 5, 3, 7));
        assertTrue(!Arrays.equals(m, TimeMask.draw(100, 0.2, 5, 3, 8)));
    }

    @Test
    void baselinesByHand() throws Exception {
        // one region, 6 time points: values 0 _ 2 _ _ 8 (hidden at 1, 3, 4)
        float[] x = {0, 0, 2, 0, 0, 8, 0, 1, 0, 1, 1, 0};
        Tensor t = new Tensor(new int[] {1, 2, 1, 6}, x);
        assertArrayEquals(new double[] {1, 4, 6}, ReconstructionBaselineFactory.predict(t, true)[0], 1e-9);
        assertArrayEquals(new double[] {10 / 3.0, 10 / 3.0, 10 / 3.0}, ReconstructionBaselineFactory.predict(t, false)[0], 1e-9);
        // hidden at the ends: nearest visible value
        float[] y = {0, 5, 7, 0, 1, 0, 0, 1};
        assertArrayEquals(new double[] {5, 7}, ReconstructionBaselineFactory.predict(new Tensor(new int[] {1, 2, 1, 4}, y), true)[0], 1e-9);
    }

    @Test
    void targetsAreTheHiddenValuesStandardisedOnVisiblePoints() throws Exception {
        int n = 2, regions = 2, time = 20;
        float[] raw = new float[n * regions * time];
        for (int i = 0; i < raw.length; i++) raw[i] = 100 + (float) Math.sin(i * 0.37) * (1 + i % 7);
        Npy.write(dir.resolve("bold.npy"), raw, n, regions, time);
        try (Dataset d = new ReconstructionLoader().load(new DatasetSource("R", dir.resolve("bold.npy"),
                Map.of("mask_fraction", 0.25, "mask_block", 5, "mask_seed", 1)))) {
            int[] mask = TimeMask.draw(time, 0.25, 5, 1, 1);
            assertEquals(5, mask.length);
            Batch b = d.read(1, 2);
            float[] in = b.inputs().data();
            double[] target = d.targets().values()[1];
            for (int r = 0; r < regions; r++) {
                int off = (1 * regions + r) * time;
                double mean = 0, ss = 0;
                int vis = 0;
                for (int t = 0; t < time; t++) if (Arrays.binarySearch(mask, t) < 0) { mean += raw[off + t]; vis++; }
                mean /= vis;
                for (int t = 0; t < time; t++) if (Arrays.binarySearch(mask, t) < 0) ss += (raw[off + t] - mean) * (raw[off + t] - mean);
                double sd = Math.sqrt(ss / vis);
                for (int j = 0; j < mask.length; j++) {
                    assertEquals((raw[off + mask[j]] - mean) / sd, target[r * mask.length + j], 1e-4);
                    assertEquals(0f, in[r * time + mask[j]]);
                    assertEquals(1f, in[regions * time + r * time + mask[j]]);
                }
            }
        }
    }
}
