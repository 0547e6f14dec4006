package io.fmbench.plugin.probes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    private static Memo<LineNoiseProbe.WaveKey, float[]> waves(int capacity, AtomicInteger made) {
        return new Memo<>(capacity, k -> {
            made.incrementAndGet();
            return LineNoiseProbe.waveform(k.seed(), k.channels(), k.time(), k.fs(), k.mains());
        });
    }

    @Test
    void givesTheSameWaveformAsMakingItAndMakesItOnce() {
        AtomicInteger made = new AtomicInteger();
        var c = waves(2, made);
        var k = new LineNoiseProbe.WaveKey(7, 3, 50, 200, List.of(50.0, 60.0));
        float[] first = c.get(k);
        assertArrayEquals(LineNoiseProbe.waveform(7, 3, 50, 200, List.of(50.0, 60.0)), first);
        assertSame(first, c.get(new LineNoiseProbe.WaveKey(7, 3, 50, 200, List.of(50.0, 60.0))));
        assertEquals(1, made.get());
    }

    @Test
    void evictedAndOtherKeysAreStillRight() {
        AtomicInteger made = new AtomicInteger();
        var c = waves(1, made);
        var a = new LineNoiseProbe.WaveKey(1, 2, 40, 250, List.of(50.0));
        var b = new LineNoiseProbe.WaveKey(2, 2, 40, 250, List.of(50.0));
        float[] wa = c.get(a), wb = c.get(b);
        assertFalse(java.util.Arrays.equals(wa, wb), "different seeds, different phases");
        assertArrayEquals(wa, c.get(a));
        assertEquals(3, made.get(), "a was evicted by b, so made again");
        assertArrayEquals(LineNoiseProbe.waveform(2, 2, 40, 250, List.of(50.0)), wb);
    }

    @Test
    void aPermutationProbeUsesOnePermutationPerGridPointForEveryBatch() {
        // two batches at the same grid point permute their channels alike: the memo hands out the same draw
        var probe = new PermutationProbe();
        float[] x = {0, 1, 2, 3, 4, 5, 6, 7}; // one sample, 8 channels of one value
        var ctx = new io.fmbench.spi.ProbeContext(99, 0, Double.NaN, java.util.Map.of(), null);
        float[] a = new float[8], b = new float[8];
        probe.perturbInto(new io.fmbench.spi.Tensor(new int[] {1, 8, 1}, x), 0, ctx, a);
        probe.perturbInto(new io.fmbench.spi.Tensor(new int[] {1, 8, 1}, x), 0, new io.fmbench.spi.ProbeContext(99, 1, Double.NaN, java.util.Map.of(), null), b);
        assertArrayEquals(a, b);
        int[] p = PermutationProbe.permutation(99, 8);
        for (int r = 0; r < 8; r++) assertEquals(p[r], (int) a[r], "row r of the output is source row perm[r] (np.take)");
    }
}
