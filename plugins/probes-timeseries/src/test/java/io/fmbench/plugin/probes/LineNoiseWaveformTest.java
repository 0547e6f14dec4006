package io.fmbench.plugin.probes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line-noise waveform is the reference's: per channel, a sum of sin(2 pi f t + phi) scaled to unit RMS. */
class LineNoiseWaveformTest {

    @Test
    void fiftyHertzAtTwoHundredIsAQuarterTurnPerSample() {
        // a = 2 pi 50 n / 200 = n pi / 2, so the channel is sin(phi), cos(phi), -sin(phi), -cos(phi), ... whose RMS is
        // 1 / sqrt(2): scaled to unit RMS, sqrt(2) times that
        var rng = Streams.shared(11);
        float[] w = LineNoiseProbe.waveform(11, 2, 8, 200, List.of(50.0));
        for (int ch = 0; ch < 2; ch++) {
            double phi = rng.nextDouble() * 2 * Math.PI, r = Math.sqrt(2);
            double[] expected = {r * Math.sin(phi), r * Math.cos(phi), -r * Math.sin(phi), -r * Math.cos(phi)};
            for (int t = 0; t < 8; t++) assertEquals(expected[t % 4], w[ch * 8 + t], 1e-6, "channel " + ch + ", sample " + t);
        }
    }

    @Test
    void twoMainsEqualTheDirectSumOfSines() {
        int channels = 3, time = 500;
        double fs = 173; // not a multiple of either frequency
        float[] w = LineNoiseProbe.waveform(5, channels, time, fs, List.of(50.0, 60.0));
        var rng = Streams.shared(5);
        for (int ch = 0; ch < channels; ch++) {
            double[] s = new double[time];
            for (double f : List.of(50.0, 60.0)) {
                double phi = rng.nextDouble() * 2 * Math.PI;
                for (int t = 0; t < time; t++) s[t] += Math.sin(2 * Math.PI * f * (double) (float) (t / fs) + phi);
            }
            double sq = 0;
            for (double v : s) sq += v * v;
            double norm = Math.sqrt(sq / time) + 1e-8, rms = 0;
            for (int t = 0; t < time; t++) {
                assertEquals(s[t] / norm, w[ch * time + t], 1e-6, "channel " + ch + ", sample " + t);
                rms += (double) w[ch * time + t] * w[ch * time + t];
            }
            assertEquals(1, Math.sqrt(rms / time), 1e-6);
        }
    }
}
