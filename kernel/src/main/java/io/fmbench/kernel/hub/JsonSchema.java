package io.fmbench.kernel.hub;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A focused JSON Schema (2020-12) validator for the keywords fmbench's own schemas use: type, enum, required,
 * properties, additionalProperties, minProperties, items, minItems, maxItems, minimum, maximum, exclusiveMinimum,
 * minLength, pattern, anyOf and local $ref. A schema using any other keyword is rejected when loaded, so the schema
 * can never promise a check this validator silently skips. JSON has no NaN or infinity: "number" means finite.
 */
public final class JsonSchema {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description", "examples",
            "default", "$defs");
    private static final Set<String> SUPPORTED = Set.of("type", "enum", "required", "properties", "additionalProperties",
            "minProperties", "items", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum", "minLength", "pattern",
            "anyOf", "$ref");

    /** One violation: the instance path (e.g. {@code metrics.AUROC}) and what is wrong there. */
    public record Violation(String path, String message) {}

    private final Map<String, Object> root;
    /** Compiled once: validating 10,000 records must not recompile the same regular expressions 10,000 times. */
    private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    public JsonSchema(Map<String, Object> root) {
        this.root = root;
        checkKeywords(root, "#");
    }

    public List<Violation> validate(Object instance) {
        List<Violation> out = new ArrayList<>();
        check(root, instance, "", out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private void checkKeywords(Object schema, String where) {
        if (!(schema instanceof Map<?, ?> m)) {
            if (schema instanceof Boolean) return;
            throw new IllegalStateException("schema at " + where + " is neither an object nor a boolean");
        }
        for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
            String k = e.getKey();
            if (!ANNOTATIONS.contains(k) && !SUPPORTED.contains(k))
                throw new IllegalStateException("schema keyword '" + k + "' at " + where + " is not supported by JsonSchema");
            switch (k) {
                case "properties", "$defs" -> ((Map<String, Object>) e.getValue()).forEach((n, s) -> checkKeywords(s, where + "/" + k + "/" + n));
                case "additionalProperties", "items" -> checkKeywords(e.getValue(), where + "/" + k);
                case "anyOf" -> ((List<Object>) e.getValue()).forEach(s -> checkKeywords(s, where + "/anyOf"));
                default -> { }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void check(Object schemaObj, Object v, String path, List<Violation> out) {
        if (Boolean.FALSE.equals(schemaObj)) {
            out.add(new Violation(path, "is not allowed here"));
            return;
        }
        if (!(schemaObj instanceof Map<?, ?>)) return;
        Map<String, Object> s = (Map<String, Object>) schemaObj;
        if (s.get("$ref") instanceof String ref) check(resolve(ref), v, path, out);
        if (s.get("anyOf") instanceof List<?> alternatives) {
            List<Violation> best = null;
            for (Object alt : alternatives) {
                List<Violation> tried = new ArrayList<>();
                check(alt, v, path, tried);
                if (tried.isEmpty()) {
                    best = null;
                    break;
                }
                if (best == null || tried.size() < best.size()) best = tried;
            }
            if (best != null) out.addAll(best);
        }
        if (s.containsKey("type") && !typeMatches(s.get("type"), v)) {
            out.add(new Violation(path, "must be " + typeWords(s.get("type")) + ", got " + describe(v)));
            return;
        }
        if (s.get("enum") instanceof List<?> allowed && !allowed.contains(v))
            out.add(new Violation(path, "must be one of " + allowed + ", got " + describe(v)));
        if (v instanceof Map<?, ?> map) checkObject(s, (Map<String, Object>) map, path, out);
        if (v instanceof List<?> list) checkArray(s, list, path, out);
        if (v instanceof Number n) checkNumber(s, n.doubleValue(), path, out);
        if (v instanceof String str) {
            if (s.get("minLength") instanceof Number min && str.length() < min.intValue())
                out.add(new Violation(path, str.isEmpty() ? "must not be empty" : "must have at least " + min + " characters"));
            if (s.get("pattern") instanceof String re && !patterns.computeIfAbsent(re, Pattern::compile).matcher(str).find())
                out.add(new Violation(path, "'" + str + "' does not match " + re));
        }
    }

    private void checkObject(Map<String, Object> s, Map<String, Object> map, String path, List<Violation> out) {
        if (s.get("required") instanceof List<?> req)
            for (Object r : req)
                if (!map.containsKey(r.toString())) out.add(new Violation(join(path, r.toString()), "is required but missing"));
        if (s.get("minProperties") instanceof Number min && map.size() < min.intValue())
            out.add(new Violation(path, "must have at least " + min + " entr" + (min.intValue() == 1 ? "y" : "ies")));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = s.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        Object additional = s.get("additionalProperties");
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String child = join(path, e.getKey());
            if (props.containsKey(e.getKey())) check(props.get(e.getKey()), e.getValue(), child, out);
            else if (additional != null) check(additional, e.getValue(), child, out);
        }
    }

    private void checkArray(Map<String, Object> s, List<?> list, String path, List<Violation> out) {
        if (s.get("minItems") instanceof Number min && list.size() < min.intValue())
            out.add(new Violation(path, "must have at least " + min + " items, got " + list.size()));
        if (s.get("maxItems") instanceof Number max && list.size() > max.intValue())
            out.add(new Violation(path, "must have at most " + max + " items, got " + list.size()));
        if (s.containsKey("items"))
            for (int i = 0; i < list.size(); i++) check(s.get("items"), list.get(i), path + "[" + i + "]", out);
    }

    private static void checkNumber(Map<String, Object> s, double x, String path, List<Violation> out) {
        if (s.get("minimum") instanceof Number min && x < min.doubleValue())
            out.add(new Violation(path, "must be at least " + min + ", got " + x));
        if (s.get("exclusiveMinimum") instanceof Number min && x <= min.doubleValue())
            out.add(new Violation(path, "must be greater than " + min + ", got " + x));
        if (s.get("maximum") instanceof Number max && x > max.doubleValue())
            out.add(new Violation(path, "must be at most " + max + ", got " + x));
    }

    @SuppressWarnings("unchecked")
    private Object resolve(String ref) {
        if (!ref.startsWith("#/")) throw new IllegalStateException("only local $ref are supported, got " + ref);
        Object cur = root;
        for (String part : ref.substring(2).split("/")) cur = ((Map<String, Object>) cur).get(part);
        if (cur == null) throw new IllegalStateException("$ref " + ref + " points nowhere");
        return cur;
    }

    private static boolean typeMatches(Object type, Object v) {
        if (type instanceof List<?> types) return types.stream().anyMatch(t -> typeMatches(t, v));
        return switch (type.toString()) {
            case "null" -> v == null;
            case "boolean" -> v instanceof Boolean;
            case "string" -> v instanceof String;
            case "object" -> v instanceof Map<?, ?>;
            case "array" -> v instanceof List<?>;
            case "number" -> v instanceof Number n && Double.isFinite(n.doubleValue());
            case "integer" -> v instanceof Long || v instanceof Integer || v instanceof BigInteger
                    || v instanceof Double d && Double.isFinite(d) && d == Math.rint(d);
            default -> throw new IllegalStateException("unknown JSON Schema type " + type);
        };
    }

    private static String typeWords(Object type) {
        if (type instanceof List<?> types) return String.join(" or ", types.stream().map(JsonSchema::typeWords).toList());
        return switch (type.toString()) {
            case "number" -> "a finite number";
            case "integer" -> "a whole number";
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "null" -> "null";
            default -> "a " + type;
        };
    }

    static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof Map<?, ?>) return "a mapping";
        if (v instanceof List<?>) return "a list";
        if (v instanceof String s) return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
        return v.toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
