package io.fmbench.kernel.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes eval records as YAML in insertion order (the reference's key order), atomically. Records are plain maps,
 * lists and scalars, so Jackson's streaming generator writes them directly: an ObjectMapper would add a third of a
 * second of start-up to every run for nothing.
 */
public final class EvalYaml {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private EvalYaml() {}

    public static String toYaml(Map<String, Object> record) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            write(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException("writing YAML to memory cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Insertion order where the map has one; sorted keys where it has none (Map.of and HashMap, e.g. from a plugin's
     * description of itself), whose order changes from one JVM to the next and would make records differ.
     */
    private static Iterable<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> map) {
        if (map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?> || map.size() < 2) return map.entrySet();
        TreeMap<String, Map.Entry<?, ?>> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) sorted.put(String.valueOf(e.getKey()), e);
        return sorted.values();
    }

    /**
     * A modifiable copy of a plugin's map (e.g. a model's provenance) in the order the record keeps: a copy into a
     * LinkedHashMap would freeze a Map.of's order of this JVM, which differs from run to run.
     */
    public static Map<String, Object> orderedCopy(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : inStableOrder(map)) copy.put(String.valueOf(e.getKey()), e.getValue());
        return copy;
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> e : inStableOrder(map)) {
                    out.writeFieldName(String.valueOf(e.getKey()));
                    write(out, e.getValue());
                }
                out.writeEndObject();
            }
            case List<?> list -> {
                out.writeStartArray();
                for (Object v : list) write(out, v);
                out.writeEndArray();
            }
            case String s -> out.writeString(s);
            case Boolean b -> out.writeBoolean(b);
            case Integer i -> out.writeNumber(i);
            case Long l -> out.writeNumber(l);
            case Double d -> {
                if (Double.isFinite(d)) out.writeNumber(withExponentSign(Double.toString(d)));
                else out.writeNumber(d);
            }
            case Float f -> {
                if (Float.isFinite(f)) out.writeNumber(withExponentSign(Float.toString(f)));
                else out.writeNumber(f);
            }
            case BigDecimal d -> out.writeNumber(d);
            case BigInteger i -> out.writeNumber(i);
            default -> throw new IllegalStateException("eval records hold only maps, lists, strings, numbers and booleans, not "
                    + value.getClass().getName());
        }
    }

    /**
     * Java writes 1e9 as "1.0E9", which YAML 1.1 readers (PyYAML, SnakeYAML) take for a string: a float's exponent
     * needs its sign there, so it is written "1.0E+9". Other values are written as Java prints them.
     */
    private static String withExponentSign(String javaFloat) {
        int e = javaFloat.indexOf('E');
        return e < 0 || javaFloat.charAt(e + 1) == '-' ? javaFloat : javaFloat.substring(0, e + 1) + "+" + javaFloat.substring(e + 1);
    }

    public static void write(Path file, Map<String, Object> record) throws FmbenchException {
        AtomicFiles.writeString(file, toYaml(record));
    }

    /** Files a copy under {@code dir/<eval_id>.yaml}, refusing to overwrite an existing record. */
    public static Path file(Path dir, String evalId, Map<String, Object> record) throws FmbenchException {
        Path target = dir.resolve(evalId + ".yaml");
        try {
            Files.createDirectories(dir);
            Files.writeString(target, "", StandardOpenOption.CREATE_NEW); // claim the name
        } catch (FileAlreadyExistsException e) {
            throw new FmbenchException(target + ": an eval record with this id already exists; it was kept as it is");
        } catch (IOException e) {
            throw new FmbenchException(dir + ": cannot file the eval record (" + e.getMessage() + ")");
        }
        AtomicFiles.writeString(target, toYaml(record));
        return target;
    }
}
