package io.fmbench.plugin.spikeartifact;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SignalStats;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SpikeArtifactProbeTest {

    @Test
    void isDiscoverableThroughTheServiceFile() {
        assertTrue(ServiceLoader.load(RobustnessProbe.class).stream().anyMatch(p -> p.get().name().equals("spike_artifact")));
    }

    @Test
    void addsTheExpectedNumberOfDecayingSpikes() {
        // zero signal with unit std given as stats: every nonzero jump in the output is an artifact onset
        int n = 20, c = 8, t = 1000;
        double fs = 250, rate = 2;
        Tensor x = new Tensor(new int[] {n, c, t}, new float[n * c * t]);
        ProbeContext ctx = new ProbeContext(7, 0, fs, Map.of("amplitude", 3, "tau_ms", 10), new SignalStats(1, 0, 1));
        Tensor out = new SpikeArtifactProbe().perturb(x, rate, ctx);
        int onsets = 0;
        double decay = Math.exp(-1 / (0.010 * fs));
        for (int r = 0; r < n * c; r++)
            for (int i = 0; i < t; i++) {
                double prev = i == 0 ? 0 : out.data()[r * t + i - 1];
                double step = out.data()[r * t + i] - prev * decay;
                if (Math.abs(step) > 1e-3) {
                    onsets++;
                    assertEquals(3.0, Math.abs(step), 1e-4, "each onset jumps by amplitude * std");
                }
            }
        double expected = n * c * t * rate / fs; // 1280
        assertEquals(expected, onsets, 5 * Math.sqrt(expected));
    }

    @Test
    void rateZeroIsCleanAndBatchingDoesNotMatter() {
        float[] d = new float[6 * 2 * 300];
        for (int i = 0; i < d.length; i++) d[i] = (float) Math.sin(i);
        Tensor x = new Tensor(new int[] {6, 2, 300}, d);
        SignalStats st = SignalStats.of(d);
        var p = new SpikeArtifactProbe();
        assertArrayEquals(d, p.perturb(x, 0, new ProbeContext(1, 0, 200, Map.of(), st)).data());
        Tensor whole = p.perturb(x, 5, new ProbeContext(1, 0, 200, Map.of(), st));
        Tensor tail = p.perturb(x.slice(2, 6), 5, new ProbeContext(1, 2, 200, Map.of(), st));
        assertArrayEquals(whole.slice(2, 6).data(), tail.data());
        assertEquals(List.of(0.0, 3.0), p.grid(Map.of("rates", List.of(0, 3))));
        assertThrows(IllegalArgumentException.class, () -> p.perturb(x, 1, new ProbeContext(1, 0, Double.NaN, Map.of())));
    }
}
