package io.fmbench.kernel.robustness;

import io.fmbench.kernel.FmbenchException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A suite's {@code thresholds: {metric: {min: x, max: y}}} checked against the run's metrics (the reference writes
 * them "for CI" and never checks them). A metric that was not computed fails its threshold.
 */
public final class Thresholds {

    /** Per metric: its bounds, the value, and passed; plus whether all passed. */
    public record Outcome(Map<String, Object> checks, boolean allPassed, int failures) {}

    private Thresholds() {}

    /** Reads and checks the block; a malformed one is an error naming the suite file. */
    public static Outcome check(Object block, Map<String, Object> metrics, Path suiteFile) throws FmbenchException {
        Map<String, Object> checks = new LinkedHashMap<>();
        if (block == null) return new Outcome(checks, true, 0);
        if (!(block instanceof Map<?, ?> m))
            throw new FmbenchException(suiteFile + ": field 'thresholds' must map metric names to {min: x} and/or {max: y}");
        int failures = 0;
        for (var e : m.entrySet()) {
            String metric = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> bounds) || bounds.isEmpty())
                throw new FmbenchException(suiteFile + ": field 'thresholds." + metric + "' must be {min: x} and/or {max: y}");
            Map<String, Object> c = new LinkedHashMap<>();
            Object v = metrics.get(metric);
            Double value = v instanceof Number n ? n.doubleValue() : null;
            boolean passed = value != null && !value.isNaN();
            for (var b : bounds.entrySet()) {
                String kind = String.valueOf(b.getKey());
                if (!(kind.equals("min") || kind.equals("max")) || !(b.getValue() instanceof Number bound))
                    throw new FmbenchException(suiteFile + ": field 'thresholds." + metric + "." + kind + "' must be min or max with a number");
                c.put(kind, bound.doubleValue());
                if (passed) passed = kind.equals("min") ? value >= bound.doubleValue() : value <= bound.doubleValue();
            }
            c.put("value", value);
            c.put("passed", passed);
            if (value == null) c.put("reason", "metric not computed in this run");
            if (!passed) failures++;
            checks.put(metric, c);
        }
        return new Outcome(checks, failures == 0, failures);
    }
}
