package io.fmbench.plugin.datafmri;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data-use terms of the datasets this plugin loaded in this process, by dataset id: the loaders record a card's
 * {@code data_use} text, the report section prints it (a report section sees only the eval record, not the card).
 */
final class DataUseNotices {

    private static final Map<String, String> BY_DATASET = new ConcurrentHashMap<>();

    private DataUseNotices() {}

    static void record(String datasetId, Object text) {
        if (text != null && !text.toString().isBlank()) BY_DATASET.put(datasetId, text.toString().strip());
    }

    static String of(String datasetId) {
        return datasetId == null ? null : BY_DATASET.get(datasetId);
    }
}
