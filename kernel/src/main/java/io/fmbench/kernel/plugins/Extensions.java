package io.fmbench.kernel.plugins;

import com.google.inject.Inject;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.Metric;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ReportSection;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The extensions of all loaded plugins, looked up by what a run asks for. A request that no plugin serves is an
 * error listing what is installed.
 */
public final class Extensions {

    private final PluginHost host;
    private final List<ModelAdapterFactory> factories;
    private final List<DatasetLoader> loaders;
    private final List<Metric> metrics;
    private final List<RobustnessProbe> probes;
    private final List<ReportSection> sections;

    @Inject
    public Extensions(PluginHost host, Set<ModelAdapterFactory> factories, Set<DatasetLoader> loaders, Set<Metric> metrics,
                      Set<RobustnessProbe> probes, Set<ReportSection> sections) {
        this.host = host;
        this.factories = List.copyOf(factories);
        this.loaders = List.copyOf(loaders);
        this.metrics = List.copyOf(metrics);
        this.probes = List.copyOf(probes);
        List<ReportSection> s = new ArrayList<>(sections);
        s.sort(Comparator.comparingInt(ReportSection::order).thenComparing(ReportSection::id));
        this.sections = List.copyOf(s);
    }

    public PluginHost host() {
        return host;
    }

    public ModelAdapterFactory factoryFor(ModelConfig config) throws FmbenchException {
        for (ModelAdapterFactory f : factories) if (f.supports(config)) return f;
        Set<String> types = new TreeSet<>();
        factories.forEach(f -> types.add(f.type()));
        throw new FmbenchException(config.file() + ": field 'type' is '" + config.type() + "' but no installed plugin builds such models"
                + " (installed types: " + String.join(", ", types) + "); install the plugin that provides it (see fmbench list-plugins)");
    }

    public DatasetLoader loaderFor(DatasetSource source, java.nio.file.Path card) throws FmbenchException {
        String format = source.format();
        for (DatasetLoader l : loaders) {
            if (format != null ? l.format().equals(format) : l.accepts(source)) return l;
        }
        Set<String> formats = new TreeSet<>();
        loaders.forEach(l -> formats.add(l.format()));
        throw new FmbenchException(card + ": " + (format != null ? "field 'format' is '" + format + "' but no installed plugin reads it"
                : "no installed data plugin recognises the data at " + source.path() + "; set 'format'")
                + " (installed formats: " + String.join(", ", formats) + ")");
    }

    /** The reference's eval.yaml keys come first, in its order; then the other metrics by name. */
    private static final List<String> LEADING = List.of("AUROC", "Accuracy", "F1-Score", "MSE", "R2");

    /** Metrics of a task, in report order. */
    public List<Metric> metricsFor(Task task) {
        return metrics.stream().filter(m -> m.task() == task)
                .sorted(Comparator.comparingInt((Metric m) -> LEADING.contains(m.name()) ? LEADING.indexOf(m.name()) : LEADING.size())
                        .thenComparing(Metric::name))
                .toList();
    }

    public Metric metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    public List<RobustnessProbe> probes() {
        return probes;
    }

    public List<ReportSection> sections() {
        return sections;
    }
}
