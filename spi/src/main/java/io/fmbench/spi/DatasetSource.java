package io.fmbench.spi;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a dataset lives and what its card says.
 *
 * @param datasetId the card's dataset_id
 * @param path      the card's path, resolved to an absolute path
 * @param card      the whole dataset card as read from YAML (format, columns, preprocessing, ...)
 */
public record DatasetSource(String datasetId, Path path, Map<String, Object> card) {
    public DatasetSource {
        card = card == null ? Map.of() : Map.copyOf(card);
    }

    /** The card's {@code format} field, or null. */
    public String format() {
        Object f = card.get("format");
        return f instanceof String s ? s : null;
    }
}
