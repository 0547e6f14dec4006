package io.fmbench.plugin.npydata;

import io.fmbench.spi.DataException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a flat JSON object of numbers, strings and booleans (info.json); nested values are refused, nulls left out. */
final class FlatJson {

    private static final Pattern ENTRY = Pattern.compile(
            "\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)\\s*(,|$)");

    private FlatJson() {}

    static Map<String, Object> parse(String text, Path file) throws DataException {
        String body = text.strip();
        if (!body.startsWith("{") || !body.endsWith("}"))
            throw new DataException(file + ": expected a JSON object like {\"sampling_freq\": 200}");
        body = body.substring(1, body.length() - 1).strip();
        Map<String, Object> out = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(body);
        int pos = 0;
        while (pos < body.length()) {
            if (!m.find(pos) || m.start() != pos)
                throw new DataException(file + ": cannot read the JSON near \"" + body.substring(pos, Math.min(body.length(), pos + 30))
                        + "\" (only flat key: value pairs are supported)");
            Object v = value(m.group(2));
            if (v != null) out.put(m.group(1), v); // JSON null: the value is unknown, as if the key were absent
            pos = m.end();
        }
        return out;
    }

    private static Object value(String v) {
        if (v.startsWith("\"")) return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        if (v.equals("true") || v.equals("false")) return Boolean.parseBoolean(v);
        if (v.equals("null")) return null;
        if (v.matches("-?[0-9]+")) return Long.parseLong(v);
        return Double.parseDouble(v);
    }
}
