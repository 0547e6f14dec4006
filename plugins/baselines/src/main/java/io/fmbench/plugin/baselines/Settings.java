package io.fmbench.plugin.baselines;

import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelException;

/** Typed reads of a baseline's config fields, with messages naming the field and what to write instead. */
final class Settings {

    private final ModelConfig config;

    Settings(ModelConfig config) {
        this.config = config;
    }

    double positive(String key, double fallback) throws ModelException {
        Object v = config.settings().get(key);
        if (v == null) return fallback;
        double d;
        try {
            d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new ModelException("field '" + key + "' must be a number, got '" + v + "'");
        }
        if (!(d > 0) || Double.isInfinite(d)) throw new ModelException("field '" + key + "' must be a positive number, got '" + v + "'");
        return d;
    }

    int positiveInt(String key, int fallback) throws ModelException {
        double d = positive(key, fallback);
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) throw new ModelException("field '" + key + "' must be a whole number, got '" + d + "'");
        return (int) d;
    }

    boolean flag(String key, boolean fallback) throws ModelException {
        Object v = config.settings().get(key);
        if (v == null) return fallback;
        if (v instanceof Boolean b) return b;
        return switch (v.toString().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new ModelException("field '" + key + "' must be true or false, got '" + v + "'");
        };
    }

    /** One of the allowed words, or null when absent / "none". */
    String choice(String key, String... allowed) throws ModelException {
        Object v = config.settings().get(key);
        if (v == null || "none".equalsIgnoreCase(v.toString().trim()) || "null".equalsIgnoreCase(v.toString().trim())) return null;
        for (String a : allowed) if (a.equals(v.toString().trim())) return a;
        throw new ModelException("field '" + key + "' is '" + v + "'; allowed: " + String.join(", ", allowed) + " (or leave it out)");
    }
}
