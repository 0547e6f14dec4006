package io.fmbench.plugin.probes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaveCacheTest {

    @Test
    void givesTheSameWaveformAsMakingItAndMakesItOnce() {
        WaveCache c = new WaveCache(2);
        var k = new LineNoiseProbe.WaveKey(7, 3, 50, 200, List.of(50.0, 60.0));
        float[] first = c.get(k);
        assertArrayEquals(LineNoiseProbe.waveform(7, 3, 50, 200, List.of(50.0, 60.0)), first);
        assertSame(first, c.get(new LineNoiseProbe.WaveKey(7, 3, 50, 200, List.of(50.0, 60.0))));
    }

    @Test
    void evictedAndOtherKeysAreStillRight() {
        WaveCache c = new WaveCache(1);
        var a = new LineNoiseProbe.WaveKey(1, 2, 40, 250, List.of(50.0));
        var b = new LineNoiseProbe.WaveKey(2, 2, 40, 250, List.of(50.0));
        float[] wa = c.get(a), wb = c.get(b);
        assertFalse(java.util.Arrays.equals(wa, wb), "different seeds, different phases");
        assertArrayEquals(wa, c.get(a));
        assertArrayEquals(LineNoiseProbe.waveform(2, 2, 40, 250, List.of(50.0)), wb);
    }
}
