package io.fmbench.kernel.config;

import io.fmbench.kernel.FmbenchException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Typed access to YAML fields, with errors that name the file and the field. */
public record Fields(Path file, Map<String, Object> map) {

    public String requiredString(String key) throws FmbenchException {
        String v = string(key);
        if (v == null || v.isBlank())
            throw new FmbenchException(file + ": required field '" + key + "' is missing; add '" + key + ": <value>'");
        return v;
    }

    public String string(String key) throws FmbenchException {
        Object v = map.get(key);
        if (v == null) return null;
        if (v instanceof Map<?, ?> || v instanceof List<?>)
            throw new FmbenchException(file + ": field '" + key + "' must be a single value, not a " + (v instanceof Map<?, ?> ? "mapping" : "list"));
        return v.toString().trim();
    }

    /** A nested field by dotted path (e.g. "inputs.dataset.default"), or null. */
    public Object at(String dotted) {
        Object cur = map;
        for (String part : dotted.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) return null;
            cur = m.get(part);
        }
        return cur;
    }

    public String stringAt(String dotted) {
        Object v = at(dotted);
        return v == null || v instanceof Map<?, ?> || v instanceof List<?> ? null : v.toString().trim();
    }

    public Integer integerAt(String dotted) throws FmbenchException {
        Object v = at(dotted);
        if (v == null) return null;
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return n.intValue();
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new FmbenchException(file + ": field '" + dotted + "' must be a whole number, got '" + v + "'");
        }
    }
}
