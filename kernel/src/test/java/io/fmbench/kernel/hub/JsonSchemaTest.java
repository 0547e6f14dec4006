package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {

    private static final JsonSchema SCHEMA = new JsonSchema(Map.of(
            "type", "object",
            "required", List.of("id", "n"),
            "anyOf", List.of(Map.of("required", List.of("a")), Map.of("required", List.of("b"))),
            "properties", Map.of(
                    "id", Map.of("type", "string", "pattern", "^[a-z]+$"),
                    "n", Map.of("type", "integer", "minimum", 1),
                    "s", Map.of("enum", List.of("x", "y")),
                    "ci", Map.of("type", "array", "items", Map.of("type", "number"), "minItems", 2, "maxItems", 2),
                    "m", Map.of("$ref", "#/$defs/values")),
            "$defs", Map.of("values", Map.of("type", "object", "additionalProperties", Map.of("type", List.of("number", "null"))))));

    private static List<String> errors(Map<String, Object> v) {
        return SCHEMA.validate(v).stream().map(x -> x.path() + ": " + x.message()).toList();
    }

    private static Map<String, Object> valid() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", "abc");
        v.put("n", 3L);
        v.put("a", 1);
        v.put("s", "x");
        v.put("ci", List.of(0.1, 0.2));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", 0.5);
        m.put("q", null);
        v.put("m", m);
        return v;
    }

    @Test
    void acceptsAValidInstance() {
        assertEquals(List.of(), errors(valid()));
    }

    @Test
    void reportsEachViolationAtItsPath() {
        Map<String, Object> v = valid();
        v.remove("n");
        v.remove("a");
        v.put("id", "A/B");
        v.put("s", "z");
        v.put("ci", List.of(0.1, "x", 0.3));
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) v.get("m");
        m.put("r", Double.NaN);
        List<String> e = errors(v);
        assertTrue(e.contains("n: is required but missing"), e.toString());
        assertTrue(e.contains("a: is required but missing"), e.toString());
        assertTrue(e.contains("id: 'A/B' does not match ^[a-z]+$"), e.toString());
        assertTrue(e.contains("s: must be one of [x, y], got 'z'"), e.toString());
        assertTrue(e.contains("ci: must have at most 2 items, got 3"), e.toString());
        assertTrue(e.contains("ci[1]: must be a finite number, got 'x'"), e.toString());
        assertTrue(e.contains("m.r: must be a finite number or null, got NaN"), e.toString());
        assertEquals(7, e.size(), e.toString());
    }

    @Test
    void integersAndMinimum() {
        Map<String, Object> v = valid();
        v.put("n", 2.0); // an integral double is an integer
        assertEquals(List.of(), errors(v));
        v.put("n", 0L);
        assertEquals(List.of("n: must be at least 1, got 0.0"), errors(v));
        v.put("n", 1.5);
        assertEquals(List.of("n: must be a whole number, got 1.5"), errors(v));
    }

    @Test
    void rejectsKeywordsItDoesNotImplement() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new JsonSchema(Map.of("type", "object", "properties", Map.of("x", Map.of("oneOf", List.of())))));
        assertTrue(e.getMessage().contains("oneOf"), e.getMessage());
    }

    @Test
    void theShippedEvalSchemaLoads() {
        // every keyword of the shipped schema is one the validator implements (else loading throws)
        JsonSchema s = EvalSchema.get();
        assertTrue(s.validate(Map.of()).size() >= 5, "an empty record misses the required keys");
    }
}
