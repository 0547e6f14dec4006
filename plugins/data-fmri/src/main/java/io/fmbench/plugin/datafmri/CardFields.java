package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import io.fmbench.spi.DatasetSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to dataset-card fields, with messages that name the card and field. */
final class CardFields {

    private final DatasetSource source;

    CardFields(DatasetSource source) {
        this.source = source;
    }

    String where() {
        return "dataset card of '" + source.datasetId() + "'";
    }

    String string(String key, String fallback) {
        Object v = source.card().get(key);
        return v == null ? fallback : v.toString().trim();
    }

    boolean flag(String key, boolean fallback) {
        Object v = source.card().get(key);
        return v == null ? fallback : Boolean.parseBoolean(v.toString().trim());
    }

    double number(String key, double fallback) throws DataException {
        Object v = source.card().get(key);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new DataException(where() + ": field '" + key + "' must be a number, got '" + v + "'");
        }
    }

    List<String> list(String key) throws DataException {
        Object v = source.card().get(key);
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw new DataException(where() + ": field '" + key + "' must be a list");
        List<String> out = new ArrayList<>();
        for (Object o : l) out.add(String.valueOf(o));
        return out;
    }

    Map<String, String> map(String key) throws DataException {
        Object v = source.card().get(key);
        if (v == null) return Map.of();
        if (!(v instanceof Map<?, ?> m)) throw new DataException(where() + ": field '" + key + "' must be a mapping");
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((a, b) -> out.put(String.valueOf(a), String.valueOf(b)));
        return out;
    }
}
