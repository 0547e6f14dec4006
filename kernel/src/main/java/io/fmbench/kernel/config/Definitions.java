package io.fmbench.kernel.config;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All definitions of a workspace: suites, benchmarks, dataset cards, model cards. Files are read in name order;
 * a duplicate id is an error naming both files (the reference silently took whichever file came first).
 */
public final class Definitions {

    /** The reference's template benchmark, listed by nothing. */
    public static final String TEMPLATE_BENCHMARK_ID = "unique_benchmark_id_here";

    private final Map<String, SuiteDef> suites;
    private final Map<String, BenchmarkDef> benchmarks;
    private final Map<String, DatasetCard> datasets;
    private final Map<String, ModelCard> models;

    private Definitions(Map<String, SuiteDef> suites, Map<String, BenchmarkDef> benchmarks, Map<String, DatasetCard> datasets,
                        Map<String, ModelCard> models) {
        this.suites = suites;
        this.benchmarks = benchmarks;
        this.datasets = datasets;
        this.models = models;
    }

    public static Definitions load(Workspace ws) throws FmbenchException {
        return new Definitions(loadSuites(ws.suitesDir()), loadBenchmarks(ws.benchmarksDir()), loadDatasets(ws.datasetsDir()),
                loadModels(ws.modelsDir()));
    }

    public static Map<String, SuiteDef> loadSuites(Path dir) throws FmbenchException {
        Map<String, SuiteDef> out = new LinkedHashMap<>();
        for (Path f : yamlFiles(dir)) {
            Fields y = new Fields(f, YamlFiles.readMap(f));
            if (!y.map().containsKey("suite_id")) continue;
            String id = y.requiredString("suite_id");
            List<SuiteDef.Entry> entries = new ArrayList<>();
            String bm = y.string("benchmark_id");
            if (bm != null && !bm.isBlank()) {
                entries.add(new SuiteDef.Entry(bm, y.stringAt("inputs.dataset.default")));
            } else if (y.at("benchmarks") instanceof List<?> list && !list.isEmpty()) {
                for (int i = 0; i < list.size(); i++) {
                    if (!(list.get(i) instanceof Map<?, ?> m) || m.get("benchmark_id") == null)
                        throw new FmbenchException(f + ": field 'benchmarks[" + i + "].benchmark_id' is missing");
                    Object ds = m.get("dataset_id");
                    entries.add(new SuiteDef.Entry(m.get("benchmark_id").toString(), ds == null ? null : ds.toString()));
                }
            } else {
                throw new FmbenchException(f + ": suite '" + id + "' has no 'benchmark_id' (nor a 'benchmarks' list); add benchmark_id: <id>");
            }
            put(out, id, new SuiteDef(id, orEmpty(y.string("name")), entries, y.map(), f), f, "suite_id", SuiteDef::file);
        }
        return out;
    }

    public static Map<String, BenchmarkDef> loadBenchmarks(Path dir) throws FmbenchException {
        Map<String, BenchmarkDef> out = new LinkedHashMap<>();
        for (Path f : yamlFiles(dir)) {
            Fields y = new Fields(f, YamlFiles.readMap(f));
            if (!y.map().containsKey("benchmark_id")) continue;
            String id = y.requiredString("benchmark_id");
            if (id.equals(TEMPLATE_BENCHMARK_ID)) continue;
            String aiTask = y.requiredString("ai_task");
            Task task = taskOf(aiTask);
            String primary = primaryMetric(y, task);
            Direction dir0 = declaredDirection(y);
            Direction direction = dir0 != null ? dir0
                    : MetricNames.lowerIsBetter(primary) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            BenchmarkDef b = new BenchmarkDef(id, orEmpty(y.string("name")), aiTask, task, orEmpty(y.string("health_domain")),
                    orEmpty(y.string("health_topic")), orEmpty(y.string("description")), primary, direction, dir0 != null, y.map(), f);
            put(out, id, b, f, "benchmark_id", BenchmarkDef::file);
        }
        return out;
    }

    public static Map<String, DatasetCard> loadDatasets(Path dir) throws FmbenchException {
        Map<String, DatasetCard> out = new LinkedHashMap<>();
        for (Path f : yamlFiles(dir)) {
            Fields y = new Fields(f, YamlFiles.readMap(f));
            if (!y.map().containsKey("dataset_id")) continue;
            String id = y.requiredString("dataset_id");
            y.string("name"); // strict here: a list or mapping where one value belongs is an error naming the field
            y.string("path");
            put(out, id, datasetCard(id, y), f, "dataset_id", DatasetCard::file);
        }
        return out;
    }

    public static Map<String, ModelCard> loadModels(Path dir) throws FmbenchException {
        Map<String, ModelCard> out = new LinkedHashMap<>();
        for (Path f : yamlFiles(dir)) {
            Fields y = new Fields(f, YamlFiles.readMap(f));
            if (!y.map().containsKey("model_id")) continue;
            String id = y.requiredString("model_id");
            y.string("name");
            put(out, id, modelCard(id, y), f, "model_id", ModelCard::file);
        }
        return out;
    }

    /** A dataset card from its file's fields (shared with the hub's tolerant catalogue). */
    public static DatasetCard datasetCard(String id, Fields y) {
        return new DatasetCard(id, orEmpty(y.stringAt("name")), y.stringAt("path"), y.map(), y.file());
    }

    /** A model card from its file's fields, with its aliases (shared with the hub's tolerant catalogue). */
    public static ModelCard modelCard(String id, Fields y) {
        List<String> aliases = new ArrayList<>();
        if (y.map().get("aliases") instanceof List<?> l) l.forEach(a -> aliases.add(String.valueOf(a)));
        return new ModelCard(id, orEmpty(y.stringAt("name")), aliases, y.map(), y.file());
    }

    /** "Classification" → CLASSIFICATION; "Reconstruction"/"Regression" → REGRESSION; "Robustness ..." → ROBUSTNESS. */
    public static Task taskOf(String aiTask) {
        String t = aiTask.toLowerCase(Locale.ROOT);
        if (t.contains("robustness")) return Task.ROBUSTNESS;
        if (t.contains("classification")) return Task.CLASSIFICATION;
        if (t.contains("reconstruction") || t.contains("regression")) return Task.REGRESSION;
        return null;
    }

    private static String primaryMetric(Fields y, Task task) throws FmbenchException {
        Object p = y.at("metrics.primary");
        if (p instanceof List<?> l && !l.isEmpty()) p = l.get(0);
        if (p != null && !(p instanceof Map<?, ?>)) return MetricNames.canonical(p.toString());
        if (task == null)
            throw new FmbenchException(y.file() + ": field 'ai_task' is '" + y.string("ai_task")
                    + "', which names no known task (Classification, Regression, Reconstruction, Robustness); fix it or declare metrics.primary");
        return switch (task) {
            case CLASSIFICATION -> "AUROC";
            case REGRESSION -> "MSE";
            case ROBUSTNESS -> "robustness_score";
        };
    }

    private static Direction declaredDirection(Fields y) throws FmbenchException {
        String d = y.stringAt("metrics.direction");
        if (d == null) d = y.stringAt("metrics.primary_direction");
        if (d != null) {
            try {
                return Direction.parse(d);
            } catch (IllegalArgumentException e) {
                throw new FmbenchException(y.file() + ": field 'metrics.direction': " + e.getMessage());
            }
        }
        Object lower = y.at("metrics.lower_is_better");
        if (lower == null) lower = y.at("lower_is_better");
        if (lower instanceof Boolean b) return b ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        return null;
    }

    private static <T> void put(Map<String, T> out, String id, T value, Path file, String field,
                                java.util.function.Function<T, Path> fileOf) throws FmbenchException {
        T earlier = out.putIfAbsent(id, value);
        if (earlier != null)
            throw new FmbenchException(file + ": " + field + " '" + id + "' is already defined in " + fileOf.apply(earlier)
                    + "; ids must be unique: rename one");
    }

    /** The *.yaml / *.yml files of a folder (not hidden), in name order; none when the folder does not exist. */
    public static List<Path> yamlFiles(Path dir) throws FmbenchException {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new FmbenchException(dir + ": cannot list folder (" + e.getMessage() + ")");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public Map<String, SuiteDef> suites() {
        return suites;
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

    public SuiteDef suite(String id) throws FmbenchException {
        SuiteDef s = suites.get(id);
        if (s == null)
            throw new FmbenchException("suite_id '" + id + "' not found; known suites: " + String.join(", ", suites.keySet())
                    + " (see fmbench list-suites)");
        return s;
    }

    public BenchmarkDef benchmark(String id, Path referencedFrom) throws FmbenchException {
        BenchmarkDef b = benchmarks.get(id);
        if (b == null)
            throw new FmbenchException(referencedFrom + ": benchmark_id '" + id + "' is not defined; known benchmarks: "
                    + String.join(", ", benchmarks.keySet()));
        return b;
    }

    public DatasetCard dataset(String id, Path referencedFrom) throws FmbenchException {
        DatasetCard d = datasets.get(id);
        if (d == null)
            throw new FmbenchException(referencedFrom + ": dataset_id '" + id + "' has no dataset card; known datasets: "
                    + String.join(", ", datasets.keySet()));
        return d;
    }

    public Optional<ModelCard> modelCard(String modelId) {
        ModelCard direct = models.get(modelId);
        if (direct != null) return Optional.of(direct);
        String lower = modelId.toLowerCase(Locale.ROOT);
        return models.values().stream()
                .filter(m -> m.id().equalsIgnoreCase(lower) || m.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(lower)))
                .findFirst();
    }
}
