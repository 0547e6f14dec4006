package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.MetricNames;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metric names an eval record may carry and the values each can take: the metrics plugin's names, the reference's
 * robustness keys and N. A value outside its range cannot come from a correct computation, so it is rejected.
 */
public final class MetricRanges {

    /** Closed range [min, max]; infinities mean unbounded. {@code integer} for counts. */
    public record Range(double min, double max, boolean integer) {
        boolean contains(double v) {
            return v >= min && v <= max && (!integer || v == Math.rint(v));
        }

        public String describe() {
            String lo = min == Double.NEGATIVE_INFINITY ? "-inf" : fmt(min);
            String hi = max == Double.POSITIVE_INFINITY ? "inf" : fmt(max);
            return (integer ? "a whole number in " : "") + "[" + lo + ", " + hi + "]";
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private static final Range UNIT = new Range(0, 1, false);
    private static final Range SIGNED_UNIT = new Range(-1, 1, false);
    private static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY, false);
    private static final Range AT_MOST_ONE = new Range(Double.NEGATIVE_INFINITY, 1, false);
    private static final Range COUNT = new Range(0, Double.POSITIVE_INFINITY, true);

    private static final Map<String, Range> KNOWN = Map.ofEntries(
            Map.entry("AUROC", UNIT), Map.entry("AUROC-Weighted", UNIT), Map.entry("AUPRC", UNIT), Map.entry("Accuracy", UNIT),
            Map.entry("Balanced-Accuracy", UNIT), Map.entry("F1-Score", UNIT), Map.entry("F1-Weighted", UNIT),
            Map.entry("Precision", UNIT), Map.entry("Recall", UNIT), Map.entry("Specificity", UNIT), Map.entry("Brier", UNIT),
            Map.entry("ECE", UNIT), Map.entry("MCC", SIGNED_UNIT), Map.entry("Cohen-Kappa", SIGNED_UNIT),
            Map.entry("Pearson", SIGNED_UNIT), Map.entry("Spearman", SIGNED_UNIT), Map.entry("R2", AT_MOST_ONE),
            Map.entry("MSE", NON_NEGATIVE), Map.entry("MAE", NON_NEGATIVE), Map.entry("RMSE", NON_NEGATIVE),
            Map.entry("Log-Loss", NON_NEGATIVE), Map.entry("N", COUNT),
            Map.entry("robustness_score", UNIT), Map.entry("perm_equivariance", UNIT), Map.entry("shift_sensitivity", UNIT),
            Map.entry("retention_score", NON_NEGATIVE));

    /** fmbench's performance retention per probe (metric under perturbation / clean): above 1 when noise happens to help. */
    private static final Pattern RETENTION_RAUC = Pattern.compile("[a-z][a-z0-9_]*_retention_rAUC");

    /** The reference's per-probe robustness metric, e.g. dropout_rAUC, line_noise_rAUC. */
    private static final Pattern PROBE_RAUC = Pattern.compile("[a-z][a-z0-9_]*_rAUC");

    private MetricRanges() {}

    /** The range of a metric by its record name (aliases like "auc" accepted), or empty if the name is unknown. */
    public static Optional<Range> of(String name) {
        Range r = KNOWN.get(name);
        if (r == null) r = KNOWN.get(MetricNames.canonical(name));
        if (r == null && RETENTION_RAUC.matcher(name).matches()) r = NON_NEGATIVE;
        if (r == null && PROBE_RAUC.matcher(name).matches()) r = UNIT;
        return Optional.ofNullable(r);
    }

    public static boolean within(String name, double value) {
        return of(name).map(r -> r.contains(value)).orElse(true);
    }

    /** The reference wrote AUROC 0.0 when AUROC was undefined; a real model essentially never scores exactly 0. */
    public static boolean isReferenceSentinel(String name, double value) {
        return value == 0.0 && "AUROC".equals(MetricNames.canonical(name));
    }
}
