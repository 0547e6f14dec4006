package io.fmbench.spi;

/**
 * A metric's value, or why it is undefined (e.g. "only one class present"). An undefined metric is never 0.0.
 */
public record MetricResult(Double value, String undefinedReason) {

    public MetricResult {
        if ((value == null) == (undefinedReason == null))
            throw new IllegalArgumentException("a metric result is either a value or a reason");
        if (value != null && !Double.isFinite(value))
            throw new IllegalArgumentException("metric value must be finite, got " + value);
    }

    public static MetricResult of(double value) {
        return Double.isFinite(value) ? new MetricResult(value, null) : undefined("not a finite number");
    }

    public static MetricResult undefined(String reason) {
        return new MetricResult(null, reason);
    }

    public boolean defined() {
        return value != null;
    }
}
