package io.fmbench.kernel.hub;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.Definitions;
import io.fmbench.kernel.config.Fields;
import io.fmbench.kernel.config.ModelCard;
import io.fmbench.kernel.config.YamlFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions the hub checks records against: benchmarks (strict, via {@link Definitions}), dataset and model
 * cards. Cards are read tolerantly: the hub must keep working when one card is broken or two cards share an id (the
 * reference ships two files with dataset_id fms_medical_catalog); such problems become warnings and the first file in
 * name order wins, so the outcome does not depend on the file system.
 */
public final class Catalog {

    private final Map<String, BenchmarkDef> benchmarks;
    private final Map<String, DatasetCard> datasets;
    private final Map<String, ModelCard> models;
    private final Map<String, ModelCard> modelsByLowerName = new HashMap<>();
    private final List<String> warnings;

    public Catalog(Map<String, BenchmarkDef> benchmarks, Map<String, DatasetCard> datasets, Map<String, ModelCard> models,
                   List<String> warnings) {
        this.benchmarks = benchmarks;
        this.datasets = datasets;
        this.models = models;
        this.warnings = warnings;
        for (ModelCard m : models.values()) {
            modelsByLowerName.putIfAbsent(m.id().toLowerCase(Locale.ROOT), m);
        }
        for (ModelCard m : models.values()) {
            for (String a : m.aliases()) modelsByLowerName.putIfAbsent(a.toLowerCase(Locale.ROOT), m);
        }
        // Last resort, the display name: the reference's card MOD-GENEFORMER is named "Geneformer", its records say geneformer.
        for (ModelCard m : models.values()) {
            if (!m.name().isBlank()) modelsByLowerName.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m);
        }
    }

    public static Catalog load(Path benchmarksDir, Path datasetsDir, Path modelsDir) throws FmbenchException {
        List<String> warnings = new ArrayList<>();
        Map<String, BenchmarkDef> benchmarks = Definitions.loadBenchmarks(benchmarksDir);
        Map<String, DatasetCard> datasets = new LinkedHashMap<>();
        for (Path f : yamlFiles(datasetsDir, warnings)) {
            Fields y = card(f, "dataset_id", warnings);
            if (y == null) continue;
            String id = y.stringAt("dataset_id");
            DatasetCard d = Definitions.datasetCard(id, y);
            DatasetCard earlier = datasets.putIfAbsent(id, d);
            if (earlier != null) warnings.add(f + ": dataset_id '" + id + "' is already defined in " + earlier.file() + "; this card is ignored");
        }
        Map<String, ModelCard> models = new LinkedHashMap<>();
        for (Path f : yamlFiles(modelsDir, warnings)) {
            Fields y = card(f, "model_id", warnings);
            if (y == null) continue;
            String id = y.stringAt("model_id");
            ModelCard m = Definitions.modelCard(id, y);
            ModelCard earlier = models.putIfAbsent(id, m);
            if (earlier != null) warnings.add(f + ": model_id '" + id + "' is already defined in " + earlier.file() + "; this card is ignored");
        }
        return new Catalog(benchmarks, datasets, models, warnings);
    }

    private static Fields card(Path f, String idField, List<String> warnings) {
        try {
            Fields y = new Fields(f, YamlFiles.readMap(f));
            String id = y.stringAt(idField);
            if (id == null || id.isBlank()) return null; // not a card of this kind (e.g. a template or notes)
            return y;
        } catch (FmbenchException e) {
            warnings.add(e.getMessage() + "; this card is ignored");
            return null;
        }
    }

    private static List<Path> yamlFiles(Path dir, List<String> warnings) {
        try {
            return Definitions.yamlFiles(dir);
        } catch (FmbenchException e) {
            warnings.add(e.getMessage());
            return List.of();
        }
    }

    public Map<String, BenchmarkDef> benchmarks() {
        return benchmarks;
    }

    public Map<String, DatasetCard> datasets() {
        return datasets;
    }

    public Map<String, ModelCard> models() {
        return models;
    }

    /** Problems met while reading the cards (never fatal). */
    public List<String> warnings() {
        return warnings;
    }

    /** The model card for a record's model id: by id, then id or alias ignoring case, then display name ignoring case. */
    public Optional<ModelCard> modelCard(String modelId) {
        ModelCard exact = models.get(modelId);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(modelsByLowerName.get(modelId.toLowerCase(Locale.ROOT)));
    }

    /** One key per model whatever the spelling: the card's id, else the id in lower case. */
    public String modelKey(String modelId) {
        return modelCard(modelId).map(ModelCard::id).orElse(modelId.toLowerCase(Locale.ROOT));
    }

    /** The card's display name, else the id as written. */
    public String displayName(String modelId) {
        return modelCard(modelId).map(m -> m.name().isBlank() ? m.id() : m.name()).orElse(modelId);
    }
}
