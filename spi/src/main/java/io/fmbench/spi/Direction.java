package io.fmbench.spi;

/** Which way a metric improves. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Parses the YAML words "higher", "lower", "max", "min" and the enum names. */
    public static Direction parse(String s) {
        String v = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("higher") || v.equals("max") || v.equals("maximize")) return HIGHER_IS_BETTER;
        if (v.startsWith("lower") || v.equals("min") || v.equals("minimize")) return LOWER_IS_BETTER;
        throw new IllegalArgumentException("direction must be 'higher' or 'lower', not '" + s + "'");
    }

    /** True when a is better than b. */
    public boolean better(double a, double b) {
        return this == HIGHER_IS_BETTER ? a > b : a < b;
    }
}
