package io.fmbench.plugin.datadna;

import io.fmbench.spi.DataException;
import io.fmbench.spi.DatasetSource;
import java.util.ArrayList;
import java.util.List;

/** Fields of a DNA dataset card. */
final class Card {

    private Card() {}

    static String string(DatasetSource source, String key) {
        Object v = source.card().get(key);
        return v == null ? null : v.toString().trim();
    }

    /** The card's class_names list, or null. */
    static List<String> classNames(DatasetSource source) throws DataException {
        Object v = source.card().get("class_names");
        if (v == null) return null;
        if (!(v instanceof List<?> l)) throw new DataException(where(source) + ": field 'class_names' must be a list like [non-promoter, promoter]");
        List<String> out = new ArrayList<>();
        for (Object o : l) out.add(String.valueOf(o));
        return out;
    }

    static String where(DatasetSource source) {
        return "dataset '" + source.datasetId() + "'";
    }
}
