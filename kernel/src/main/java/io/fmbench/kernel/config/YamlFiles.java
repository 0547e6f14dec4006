package io.fmbench.kernel.config;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.yaml.LocatedYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML files into ordered maps, turning every failure into one line naming the file (and line). It goes through
 * {@link LocatedYaml} (Jackson's streaming YAML parser, or its block-style fast path), not an ObjectMapper: building
 * a mapper cost a short command a third of a second of start-up.
 */
public final class YamlFiles {

    private YamlFiles() {}

    /** Reads a YAML mapping; an empty file reads as an empty map. A key given twice in one mapping is an error. */
    public static Map<String, Object> readMap(Path file) throws FmbenchException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FmbenchException(file + ": file does not exist; check the path");
        } catch (IOException e) {
            throw new FmbenchException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (text.isBlank()) return new LinkedHashMap<>();
        Object root;
        try {
            root = LocatedYaml.parse(text).root();
        } catch (LocatedYaml.SyntaxError e) {
            throw new FmbenchException(file + e.where() + ": " + e.getMessage());
        }
        if (root == null) return new LinkedHashMap<>();
        if (!(root instanceof Map<?, ?> map))
            throw new FmbenchException(file + ": expected a YAML mapping (key: value lines) at the top level");
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) withIntegers(map);
        return typed;
    }

    /** Whole numbers that fit an int become Integer, as plugins reading their config expect (and Jackson gave them). */
    private static Object withIntegers(Object value) {
        if (value instanceof Long l && l == l.intValue()) return l.intValue();
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), withIntegers(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object v : list) out.add(withIntegers(v));
            return out;
        }
        return value;
    }
}
