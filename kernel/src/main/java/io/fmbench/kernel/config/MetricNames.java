package io.fmbench.kernel.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps the metric names written in benchmark YAML ("F1-Score (Macro)", "auc", ...) to fmbench's metric names. */
public final class MetricNames {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("auroc", "AUROC"), Map.entry("auc", "AUROC"), Map.entry("roc_auc", "AUROC"), Map.entry("roc-auc", "AUROC"),
            Map.entry("accuracy", "Accuracy"), Map.entry("acc", "Accuracy"),
            Map.entry("f1-score", "F1-Score"), Map.entry("f1", "F1-Score"), Map.entry("f1-score (macro)", "F1-Score"),
            Map.entry("macro f1", "F1-Score"), Map.entry("macro-f1", "F1-Score"), Map.entry("f1_macro", "F1-Score"),
            Map.entry("mse", "MSE"), Map.entry("mean squared error", "MSE"), Map.entry("mae", "MAE"),
            Map.entry("r2", "R2"), Map.entry("r^2", "R2"),
            Map.entry("pearson", "Pearson"), Map.entry("pearson correlation", "Pearson"), Map.entry("correlation", "Pearson"),
            Map.entry("spearman", "Spearman"));

    /** Metrics where a smaller value is better, when a benchmark does not say. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("MSE", "MAE", "Log-Loss", "Brier", "ECE", "RMSE");

    private MetricNames() {}

    public static String canonical(String declared) {
        String key = declared.trim().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(key, declared.trim());
    }

    public static boolean lowerIsBetter(String canonicalName) {
        return LOWER_IS_BETTER.contains(canonicalName);
    }
}
