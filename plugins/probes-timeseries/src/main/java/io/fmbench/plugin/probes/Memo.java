package io.fmbench.plugin.probes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small thread-safe least-recently-used memo for what a probe derives from its grid point alone (a line-noise
 * waveform, a channel permutation): every batch at that point needs the same value, and the kernel perturbs from
 * several threads. Values are made outside the lock and only read by callers; the probe stays a pure function.
 */
final class Memo<K, V> {

    private final Map<K, V> map;
    private final Function<K, V> make;

    Memo(int capacity, Function<K, V> make) {
        this.make = make;
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for the key, made once while it stays among the most recent. */
    V get(K key) {
        synchronized (map) {
            V v = map.get(key);
            if (v != null) return v;
        }
        V v = make.apply(key);
        synchronized (map) {
            map.put(key, v);
        }
        return v;
    }
}
