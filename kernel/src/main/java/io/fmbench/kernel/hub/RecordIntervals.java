package io.fmbench.kernel.hub;

import java.util.List;
import java.util.Map;

/**
 * Reads a metric's confidence interval from an eval record: {@code confidence_intervals.<metric>.{lower, upper}} as
 * {@code fmbench run} writes it, else {@code uncertainty.<metric>.ci95} as a hand-made submission may give it.
 */
final class RecordIntervals {

    static final List<String> BLOCKS = List.of("confidence_intervals", "uncertainty");

    private RecordIntervals() {}

    /** [lower, upper], or null when the record gives none for this metric. */
    static double[] of(Map<String, Object> rec, String metric) {
        for (String block : BLOCKS) {
            if (rec.get(block) instanceof Map<?, ?> m) {
                double[] b = bounds(m.get(metric));
                if (b != null) return b;
            }
        }
        return null;
    }

    /** The bounds of one interval entry in either form, or null if it has neither. */
    static double[] bounds(Object entry) {
        if (!(entry instanceof Map<?, ?> iv)) return null;
        if (iv.get("lower") instanceof Number lo && iv.get("upper") instanceof Number hi) return new double[] {lo.doubleValue(), hi.doubleValue()};
        if (iv.get("ci95") instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number lo && l.get(1) instanceof Number hi)
            return new double[] {lo.doubleValue(), hi.doubleValue()};
        return null;
    }
}
