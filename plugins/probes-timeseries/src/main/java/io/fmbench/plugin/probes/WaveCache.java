package io.fmbench.plugin.probes;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small thread-safe least-recently-used memo of line-noise waveforms (the kernel may perturb from several threads). */
final class WaveCache {

    private final Map<LineNoiseProbe.WaveKey, float[]> map;

    WaveCache(int capacity) {
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LineNoiseProbe.WaveKey, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The waveform for the key, made once; callers only read it. */
    float[] get(LineNoiseProbe.WaveKey k) {
        synchronized (map) {
            float[] w = map.get(k);
            if (w != null) return w;
        }
        float[] w = LineNoiseProbe.waveform(k.seed(), k.channels(), k.time(), k.fs(), k.mains());
        synchronized (map) {
            map.put(k, w);
        }
        return w;
    }
}
