package io.fmbench.plugin.metrics;

import io.fmbench.spi.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The metrics this plugin registers, found the way the kernel finds them (META-INF/services). */
final class Registry {
    private Registry() {}

    static Map<String, Metric> byName() {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (Metric m : ServiceLoader.load(Metric.class)) {
            if (out.put(m.name(), m) != null) throw new IllegalStateException("two metrics named " + m.name());
        }
        return out;
    }

    static Metric get(String name) {
        Metric m = byName().get(name);
        if (m == null) throw new IllegalArgumentException("no metric " + name);
        return m;
    }
}
