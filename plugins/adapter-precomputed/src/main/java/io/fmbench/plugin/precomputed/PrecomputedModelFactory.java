package io.fmbench.plugin.precomputed;

import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code type: precomputed}: one file per output kind ({@code probabilities}, {@code labels}, {@code values},
 * {@code embeddings}; .npy or CSV), optional {@code sample_ids} (text or CSV, for .npy files), {@code id_column}
 * (default sample_id) and {@code match_by} (order | id).
 */
public final class PrecomputedModelFactory implements ModelAdapterFactory {

    @Override
    public String type() {
        return "precomputed";
    }

    @Override
    public Model create(ModelConfig config, ModelContext context) throws ModelException {
        String idColumn = config.string("id_column", "sample_id");
        Path idsFile = config.settings().containsKey("sample_ids") ? config.resolve(config.string("sample_ids", "")) : null;
        PrecomputedModel.MatchBy matchBy = switch (config.string("match_by", "order")) {
            case "order" -> PrecomputedModel.MatchBy.ORDER;
            case "id" -> PrecomputedModel.MatchBy.ID;
            default -> throw new ModelException("field 'match_by' is '" + config.string("match_by", "") + "'; use 'order' or 'id'");
        };
        Map<Output, OutputTable> tables = new LinkedHashMap<>();
        Map<String, String> hashes = new TreeMap<>();
        boolean idsChecked = true;
        for (Output kind : Output.values()) {
            String key = kind.name().toLowerCase(Locale.ROOT);
            if (!config.settings().containsKey(key)) continue;
            OutputTable t = OutputTable.read(config.resolve(config.string(key, "")), idColumn, idsFile);
            tables.put(kind, t);
            idsChecked &= t.ids() != null;
            hash(hashes, key, t.file());
        }
        if (tables.isEmpty())
            throw new ModelException("no output file given; set one or more of probabilities, labels, values, embeddings to a .npy or .csv file");
        if (idsFile != null) hash(hashes, "sample_ids", idsFile);
        Map<String, Object> provenance = new LinkedHashMap<>();
        tables.forEach((k, t) -> provenance.put(k.name().toLowerCase(Locale.ROOT), t.file().toString()));
        provenance.put("artifacts_sha256", hashes);
        provenance.put("match_by", idsChecked ? matchBy.name().toLowerCase(Locale.ROOT) : "position (no sample ids: only the row count is checked)");
        return new PrecomputedModel(tables, matchBy, provenance);
    }

    private static void hash(Map<String, String> into, String key, Path file) throws ModelException {
        try {
            into.put(key, Sha256.of(file));
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
