package io.fmbench.kernel.hub;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /** Each schema object compiled once (by identity), so validating 10,000 records looks nothing up by keyword name. */
    private final Map<Object, Node> compiled = new IdentityHashMap<>();
    private final Node rootNode;

    public JsonSchema(Map<String, Object> root) {
        this.root = root;
        checkKeywords(root, "#");
        this.rootNode = compile(root);
    }

    public List<Violation> validate(Object instance) {
        List<Violation> out = new ArrayList<>();
        check(rootNode, instance, Where.ROOT, out);
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

    /** A schema object with its keywords read into fields; null fields are absent keywords. */
    private static final class Node {
        boolean rejectsAll;       // the schema {@code false}
        Node ref;
        List<Node> anyOf;
        Object type;
        int typeMask;             // the type keyword as bits of typeBit(), so a check is one AND
        List<?> enumValues;
        List<String> required;
        Number minProperties;
        Map<String, Node> properties = Map.of();
        Node additional;
        Number minItems;
        Number maxItems;
        Node items;
        Number minimum;
        Number exclusiveMinimum;
        Number maximum;
        Number minLength;
        String pattern;
        Pattern compiledPattern;
    }

    @SuppressWarnings("unchecked")
    private Node compile(Object schemaObj) {
        if (schemaObj == null) return null;
        Node done = compiled.get(schemaObj);
        if (done != null) return done;
        Node n = new Node();
        compiled.put(schemaObj, n);
        if (Boolean.FALSE.equals(schemaObj)) n.rejectsAll = true;
        if (!(schemaObj instanceof Map<?, ?>)) return n;
        Map<String, Object> s = (Map<String, Object>) schemaObj;
        if (s.get("$ref") instanceof String ref) n.ref = compile(resolve(ref));
        if (s.get("anyOf") instanceof List<?> alternatives) n.anyOf = alternatives.stream().map(this::compile).toList();
        n.type = s.get("type");
        if (n.type != null) n.typeMask = typeMask(n.type);
        if (s.get("enum") instanceof List<?> allowed) n.enumValues = allowed;
        if (s.get("required") instanceof List<?> req) n.required = req.stream().map(Object::toString).toList();
        if (s.get("minProperties") instanceof Number x) n.minProperties = x;
        if (s.get("properties") instanceof Map<?, ?> props) {
            Map<String, Node> p = new HashMap<>();
            ((Map<String, Object>) props).forEach((k, v) -> p.put(k, compile(v)));
            n.properties = p;
        }
        n.additional = compile(s.get("additionalProperties"));
        if (s.get("minItems") instanceof Number x) n.minItems = x;
        if (s.get("maxItems") instanceof Number x) n.maxItems = x;
        n.items = compile(s.get("items"));
        if (s.get("minimum") instanceof Number x) n.minimum = x;
        if (s.get("exclusiveMinimum") instanceof Number x) n.exclusiveMinimum = x;
        if (s.get("maximum") instanceof Number x) n.maximum = x;
        if (s.get("minLength") instanceof Number x) n.minLength = x;
        if (s.get("pattern") instanceof String re) {
            n.pattern = re;
            n.compiledPattern = Pattern.compile(re);
        }
        return n;
    }

    /** An instance path built only when a violation needs it: {@code metrics.AUROC}, {@code ci95[1]}. */
    private record Where(Where parent, String key, int index) {
        static final Where ROOT = new Where(null, null, -1);

        Where child(String k) {
            return new Where(this, k, -1);
        }

        Where item(int i) {
            return new Where(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) return "";
            String p = parent.toString();
            return key == null ? p + "[" + index + "]" : join(p, key);
        }
    }

    private void check(Node s, Object v, Where path, List<Violation> out) {
        if (s.rejectsAll) {
            out.add(new Violation(path.toString(), "is not allowed here"));
            return;
        }
        if (s.ref != null) check(s.ref, v, path, out);
        if (s.anyOf != null) {
            List<Violation> best = null;
            for (Node alt : s.anyOf) {
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
        if (s.type != null && (s.typeMask & typeBit(v)) == 0) {
            out.add(new Violation(path.toString(), "must be " + typeWords(s.type) + ", got " + describe(v)));
            return;
        }
        if (s.enumValues != null && !s.enumValues.contains(v))
            out.add(new Violation(path.toString(), "must be one of " + s.enumValues + ", got " + describe(v)));
        if (v instanceof Map<?, ?> map) checkObject(s, map, path, out);
        if (v instanceof List<?> list) checkArray(s, list, path, out);
        if (v instanceof Number n) checkNumber(s, n.doubleValue(), path, out);
        if (v instanceof String str) {
            if (s.minLength != null && str.length() < s.minLength.intValue())
                out.add(new Violation(path.toString(), str.isEmpty() ? "must not be empty" : "must have at least " + s.minLength + " characters"));
            if (s.compiledPattern != null && !s.compiledPattern.matcher(str).find())
                out.add(new Violation(path.toString(), "'" + str + "' does not match " + s.pattern));
        }
    }

    private void checkObject(Node s, Map<?, ?> map, Where path, List<Violation> out) {
        if (s.required != null)
            for (String r : s.required)
                if (!map.containsKey(r)) out.add(new Violation(join(path.toString(), r), "is required but missing"));
        if (s.minProperties != null && map.size() < s.minProperties.intValue())
            out.add(new Violation(path.toString(), "must have at least " + s.minProperties + " entr" + (s.minProperties.intValue() == 1 ? "y" : "ies")));
        if (s.properties.isEmpty() && s.additional == null) return;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Node prop = s.properties.get(e.getKey());
            Node child = prop != null ? prop : s.additional;
            if (child != null) check(child, e.getValue(), path.child(e.getKey().toString()), out);
        }
    }

    private void checkArray(Node s, List<?> list, Where path, List<Violation> out) {
        if (s.minItems != null && list.size() < s.minItems.intValue())
            out.add(new Violation(path.toString(), "must have at least " + s.minItems + " items, got " + list.size()));
        if (s.maxItems != null && list.size() > s.maxItems.intValue())
            out.add(new Violation(path.toString(), "must have at most " + s.maxItems + " items, got " + list.size()));
        if (s.items != null)
            for (int i = 0; i < list.size(); i++) check(s.items, list.get(i), path.item(i), out);
    }

    private static void checkNumber(Node s, double x, Where path, List<Violation> out) {
        if (s.minimum != null && x < s.minimum.doubleValue())
            out.add(new Violation(path.toString(), "must be at least " + s.minimum + ", got " + x));
        if (s.exclusiveMinimum != null && x <= s.exclusiveMinimum.doubleValue())
            out.add(new Violation(path.toString(), "must be greater than " + s.exclusiveMinimum + ", got " + x));
        if (s.maximum != null && x > s.maximum.doubleValue())
            out.add(new Violation(path.toString(), "must be at most " + s.maximum + ", got " + x));
    }

    @SuppressWarnings("unchecked")
    private Object resolve(String ref) {
        if (!ref.startsWith("#/")) throw new IllegalStateException("only local $ref are supported, got " + ref);
        Object cur = root;
        for (String part : ref.substring(2).split("/")) cur = ((Map<String, Object>) cur).get(part);
        if (cur == null) throw new IllegalStateException("$ref " + ref + " points nowhere");
        return cur;
    }

    private static final int NULL = 1, BOOLEAN = 2, STRING = 4, OBJECT = 8, ARRAY = 16, NUMBER = 32, INTEGER = 64;

    private static int typeMask(Object type) {
        if (type instanceof List<?> types) return types.stream().mapToInt(JsonSchema::typeMask).reduce(0, (a, b) -> a | b);
        return switch (type.toString()) {
            case "null" -> NULL;
            case "boolean" -> BOOLEAN;
            case "string" -> STRING;
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            case "number" -> NUMBER;
            case "integer" -> INTEGER;
            default -> throw new IllegalStateException("unknown JSON Schema type " + type);
        };
    }

    /** The JSON types a value has: "number" means finite; a whole finite double is also an "integer". */
    private static int typeBit(Object v) {
        if (v == null) return NULL;
        if (v instanceof Boolean) return BOOLEAN;
        if (v instanceof String) return STRING;
        if (v instanceof Map<?, ?>) return OBJECT;
        if (v instanceof List<?>) return ARRAY;
        if (v instanceof Long || v instanceof Integer) return NUMBER | INTEGER;
        if (v instanceof BigInteger b) return Double.isFinite(b.doubleValue()) ? NUMBER | INTEGER : INTEGER;
        if (v instanceof Double d) return !Double.isFinite(d) ? 0 : d == Math.rint(d) ? NUMBER | INTEGER : NUMBER;
        return v instanceof Number n && Double.isFinite(n.doubleValue()) ? NUMBER : 0;
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
