package io.fmbench.kernel.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML into plain maps, lists and scalars while remembering the line of every field, so that a validation
 * error can say "line 12, field metrics.AUROC". Paths look like {@code metrics.AUROC} and {@code run_metadata.probes[0]}.
 * A key that appears twice in one mapping is an error (YAML forbids it; PyYAML silently keeps the last one).
 * Plain block-style records (all that fmbench and the reference write) take {@link BlockYaml}'s fast path.
 */
public final class LocatedYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /**
     * The parsed document and the line of each field path ("" is the document itself). The fast path finds the lines
     * only when first asked (a warning or an error): most records never need them.
     */
    public static final class Doc {
        private final Object root;
        private final String text;
        private Map<String, Integer> lines;

        Doc(Object root, Map<String, Integer> lines) {
            this(root, lines, null);
        }

        private Doc(Object root, Map<String, Integer> lines, String text) {
            this.root = root;
            this.lines = lines;
            this.text = text;
        }

        /** A document read by {@link BlockYaml} without lines; they are read again from {@code text} when needed. */
        static Doc withLinesLater(Object root, String text) {
            return new Doc(root, null, text);
        }

        public Object root() {
            return root;
        }

        public synchronized Map<String, Integer> lines() {
            if (lines == null) lines = BlockYaml.lines(text);
            return lines;
        }

        /** Line of the path, or of its nearest ancestor that has one. */
        public int lineOf(String path) {
            Map<String, Integer> known = lines();
            for (String p = path; ; p = parent(p)) {
                Integer l = known.get(p);
                if (l != null) return l;
                if (p.isEmpty()) return 1;
            }
        }

        static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /** A YAML syntax error with its line. */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final int column;

        SyntaxError(String message, int line) {
            this(message, line, 0);
        }

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        /** ":line:column", or ":line" where the column is not known. */
        public String where() {
            return ":" + line + (column > 0 ? ":" + column : "");
        }
    }

    private LocatedYaml() {}

    public static Doc parse(String text) throws SyntaxError {
        Doc fast = BlockYaml.parse(text);
        return fast != null ? fast : parseWithSnakeYaml(text);
    }

    /** The general path: any YAML, and the wording of syntax errors. */
    static Doc parseWithSnakeYaml(String text) throws SyntaxError {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) return new Doc(null, lines);
            lines.put("", p.currentTokenLocation().getLineNr());
            return new Doc(read(p, "", lines), lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SyntaxError("malformed YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")",
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new SyntaxError("cannot parse YAML (" + e.getMessage() + ")", 1);
        }
    }

    /** YAML 1.1 spells NaN and infinities .nan, .inf, -.inf (any case); Jackson reads them as a float token it cannot convert. */
    private static Double nonFinite(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case ".nan" -> Double.NaN;
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }

    private static Object read(JsonParser p, String path, Map<String, Integer> lines) throws IOException, SyntaxError {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    int line = p.currentTokenLocation().getLineNr();
                    if (map.containsKey(name))
                        throw new SyntaxError("key '" + child + "' appears twice (first on line " + lines.get(child) + "); keep one", line);
                    lines.put(child, line);
                    p.nextToken();
                    map.put(name, read(p, child, lines));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + i++ + "]";
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    list.add(read(p, child, lines));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getBigIntegerValue() : (Object) p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                Double special = nonFinite(p.getText());
                return special != null ? special : (Object) p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
