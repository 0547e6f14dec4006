package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.MetricNames;
import java.util.Map;

/** Finds a metric in a record's metrics map by fmbench name, whatever alias the record used ("auc" for AUROC). */
final class RecordMetrics {

    private RecordMetrics() {}

    /** The key under which {@code metrics} holds the metric named {@code canonical}, or null. */
    static String keyOf(Map<String, Object> metrics, String canonical) {
        if (metrics.containsKey(canonical)) return canonical;
        for (String k : metrics.keySet())
            if (MetricNames.canonical(k).equals(canonical)) return k;
        return null;
    }
}
