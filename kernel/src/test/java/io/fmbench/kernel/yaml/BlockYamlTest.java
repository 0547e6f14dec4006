package io.fmbench.kernel.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fmbench.kernel.hub.Paths;
import io.fmbench.kernel.output.EvalYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader must give exactly what SnakeYAML (through Jackson) gives, or step aside (null). Checked on every YAML
 * file of the project and the reference, on our writer's output, and on texts chosen for YAML's traps.
 */
class BlockYamlTest {

    /** Written by {@code fmbench run --suite SUITE-TOY-CLASS --model configs/model_dummy_classifier.yaml} (with baselines). */
    private static final String FULL_RECORD = "/fixtures/hub/eval-run-toy-class.yaml";

    private static final List<String> TRAPS = List.of(
            "a: yes", "a: no", "a: on", "a: Off", "a: y", "a: n", "a: 0x1F", "a: 0b101", "a: 1_000", "a: 010", "a: +5", "a: .5",
            "a: 1e5", "a: 1.0e-05", "a: 1.0E-5", "a: 1.5e+300", "a: 2.", "a: .inf", "a: -.inf", "a: .nan", "a: 1:30", "a: 190:20:30.15",
            "a: 2025-06-01", "a: 2025-06-01T12:00:00Z", "a: '2025-06-01'", "a: 0.1.0", "a: ~", "a: null", "a: Null", "a: NULL",
            "a: nULL", "a: True", "a: tRUE", "a: FALSE", "a:", "a:\nb: 1", "a: ''", "a: \"\"", "a: 'it''s'", "a: \"x\\ty\"",
            "a: \"x'y\"", "a: [1, 2.5, x]", "a: []", "a: {}", "a: {n: 1, m: [2]}", "a: [a, [b]]", "a: {x: 1, x: 2}", "a: 1\na: 2",
            "a: &x 1\nb: *x", "a: !!str 1", "a: |\n  text\n", "a: >\n  text\n", "a: multi\n  line\n", "- a\n- b\n", "---\na: 1\n",
            "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: 1 # c", "a: C#", "a: x #y",
            "# c\na: 1\n\n# d\nb:\n  - x\n  - y: 1\n    z: 2\n", "a:\n- 1\n- 2\nb: 3", "1: x", "true: x", "null: x", "\"N\": 60",
            "'q': 1", "a b: c d", "a: b: c", "a: http://x.y/z", "a:\tb", "a: 12345678901234567890", "a: 123456789012345678",
            "a: 1234567890123456789", "a: -0", "a: -0.0", "a: 00", "a: 0", "a: -1", "a: - 1", "a:  spaced  ", "key : 1", "a: -",
            "a: ?x", "a: :x", "a: @x", "a: `x`", "a: x,y", "a: [x,y]", "a: [x, ]", "a: {x:1}", "a: {x: 1,}", "a: [\"q\", 'r']",
            "a: ['it''s', x]", "a: [\"a,b\"]", "a: {'k': v}", "a: {1: v}", "a: [yes, ~, null, 0x1]", "a: [1.0e-3, -2]",
            "a:\n  b:\n    c: 1\n  d: 2\n", "a:\n    b: 1\n  c: 2\n", "\ufeffa: 1", "a: é", "a: \ud83d\ude00", "a: 1\r\nb: 2",
            "a: x\u0085y", "a:\n  - - 1\n", "a:\n- - 1\n  - 2\n- - 3\n", "a:\n  - - 1\n    - - 2\n  - x\n", "a:\n  - - b: 1\n      c: 2\n", "a:\n  -\n    b: 1\n", "a:\n  - b: 1\n    c:\n      d: 2\n  - e\n", "a:\n  - b: 1\n   c: 2\n",
            "a: [1, 2", "a: 'x", "a: \"x", "a: x'y", "a: <<", "<<: x", "? a\n: b\n", "a: =", "a: %x", "a: !x", "a: *x", "a: &x",
            "  a: 1\n  b: 2\n", "a: 1\n b: 2\n", "a: 1\n\n\n", "", "# only a comment\n", "a", "a: b\nc", "a:b", "a:b: c",
            "a: x:y", "a: 'x':", "\"a\\\"b\": 1", "'a''b': 1", "a: \"#x\"", "a: '#x'", "a: [\"#\"]", "a#b: 1", "a: b#c",
            "a: 2026-11-22T22:19:55Z", "a: 2026-11-22 22:19:55", "a: 07c3", "a: 0.1.0", "a: 1-2", "a: 1e-5x", "a: 12:30:00", "a: 12:30",
            "a: +.5", "a: 0o17", "a: 0b2", "a: 0b101_1", "a: 0xZZ", "a: 0x_1f", "a: e5", "a: 5e", "a: 5e3", "a: 1_0.5", "a: On",
            "a: oN", "a: yES", "a: Yes", "a: nO", "a: -.5e3", "a: 6.02e23", "a: -e", "a: 1:2:3.5", "a: 0_7", "a: 012345",
            "a: x\u0041", "a: [Off, 1:30, 2026-01-01]", "a: {t: true, f: FALSE, n: Null}",
            // trailing comments
            "a: 1   # c\nb: x # d", "a: 'q'  # c", "a: \"q\" #c", "a: 'q'#c", "a: [1, 2]  # c", "a: {k: v}   # c, ]", "a: [x] #", "a: x#y # z",
            "a: # c\n  b: 1", "a:   # c\n- 1\n", "- x # c\n- y\n", "a:\n  - 1 # c\n  - [2] # d\n", "a: [x, '#'] # c", "a: 'it''s' # c",
            "a: ]x # c", "a: [x # c]", "a: {k: v} # c }",
            // block scalars
            "a: >-\n  one\n  two\nb: 1", "a: >\n  one\n  two\nb: 1", "a: |\n  one\n  two\nb: 1", "a: |-\n  one\n  two\n",
            "a: >-\n  one\n\n  two\n", "a: >-\n  one\n    two\n", "a: >-\n  one \n  two\n", "a: >-\n  # not a comment\n  x\n",
            "a: >-\n  one\n\nb: 2\n", "a: >-\n  one\n\n\n", "a: >-\n  one", "a: >-\nb: 1", "a: >+\n  x\n", "a: >2\n  x\n",
            "a: > # c\n  x\n", "a:\n  b: >-\n    x y\n    z\n  c: |\n    p\n    q\n", "a: >-\n  x: y\n  - z\n", "a: |-\n   deeper\nb: 1",
            "- >-\n  x\n", "a: >-\n  x\n# c\nb: 1\n", "a: >-\n  x\n  # c\nb: 1\n");

    @Test
    void agreesWithSnakeYamlOnTraps() throws Exception {
        int fast = 0;
        for (String t : TRAPS) fast += agrees(t, t) ? 1 : 0;
        // Sanity of the harness: the ordinary cases do take the fast path.
        assertNotNull(BlockYaml.parse("a: 1\nb: [x, 2.5]\nc: {n: 1}\n"));
        assertNotNull(BlockYaml.parse("a: 1  # c\nb: [x]  # d\nc: >-\n  folded\n  text\nd: |\n  literal\n  text\n\ne: 'q' # f\n"));
        assertEquals(true, fast > 40, "only " + fast + " trap texts took the fast path");
    }

    @Test
    void readsTheRecordsFmbenchWritesOnTheFastPath() throws Exception {
        String full;
        try (var in = getClass().getResourceAsStream(FULL_RECORD)) {
            full = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(true, agrees(FULL_RECORD, full));
        assertNotNull(BlockYaml.parse(full), "a record written by fmbench run must not need SnakeYAML");
    }

    @Test
    void agreesOnEveryProjectYamlFile() throws Exception {
        for (Path f : yamlFiles(Paths.projectRoot(), "configs", "plugins", ".github")) agrees(f.toString(), Files.readString(f));
    }

    @Test
    void readsTheReferenceRecordsAndTheirRewritesOnTheFastPath() throws Exception {
        Path r = Paths.reference();
        List<Path> records = yamlFiles(r, "evals");
        assertEquals(true, records.size() >= 35, "reference records: " + records.size());
        for (Path f : records) {
            String text = Files.readString(f);
            agrees(f.toString(), text);
            assertNotNull(BlockYaml.parse(text), f + " should take the fast path");
            // The same record as fmbench's own writer spells it.
            String rewritten = EvalYaml.toYaml(castMap(LocatedYaml.parseWithSnakeYaml(text).root()));
            agrees(f + " (rewritten)", rewritten);
            assertNotNull(BlockYaml.parse(rewritten), f + " as written by fmbench should take the fast path");
        }
        for (Path f : yamlFiles(r, "benchmarks", "datasets", "models", "configs")) agrees(f.toString(), Files.readString(f));
    }

    @Test
    void decimalsEqualDoubleParseDouble() {
        java.util.Random rnd = new java.util.Random(7);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "-" : "");
            if (rnd.nextInt(3) == 0) sb.append('0');
            else for (int i = 0, n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 17 : 3); i < n; i++) sb.append(i == 0 ? 1 + rnd.nextInt(9) : rnd.nextInt(10));
            sb.append('.');
            int fracDigits = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 20 : 6);
            for (int i = 0; i < fracDigits; i++) sb.append(rnd.nextInt(10));
            if (rnd.nextInt(5) == 0) sb.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextBoolean() ? "-" : rnd.nextBoolean() ? "+" : "")
                    .append(rnd.nextInt(rnd.nextBoolean() ? 30 : 400));
            String v = sb.toString();
            Object fast = BlockYaml.decimal(v);
            assertEquals(Double.valueOf(Double.parseDouble(v)), fast, v);
        }
        for (int k = 0; k < 100_000; k++) { // shortest round-trip spellings, up to 17 digits as Python writes them
            double x = k % 2 == 0 ? rnd.nextDouble() : (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20);
            String v = Double.toString(x);
            assertEquals(Double.valueOf(x), BlockYaml.decimal(v), v);
            String fixed = new java.math.BigDecimal(x).round(new java.math.MathContext(17 + rnd.nextInt(4))).toPlainString();
            if (fixed.contains(".")) assertEquals(Double.valueOf(Double.parseDouble(fixed)), BlockYaml.decimal(fixed), fixed);
        }
        assertEquals(Double.valueOf(-0.0), BlockYaml.decimal("-0.0"));
        assertEquals(Double.valueOf(0.1), BlockYaml.decimal("0.1"));
        assertEquals(Double.valueOf(1.0E-5), BlockYaml.decimal("1.0E-5"));
        assertEquals(Double.valueOf(123456789.123456789), BlockYaml.decimal("123456789.123456789"));
        assertEquals(Long.valueOf(-42), BlockYaml.decimal("-42"));
        assertNull(BlockYaml.decimal("007"));
    }

    /** True when the fast path answered (identically); false when it stepped aside. Fails on any difference. */
    private static boolean agrees(String what, String text) {
        LocatedYaml.Doc slow;
        try {
            slow = LocatedYaml.parseWithSnakeYaml(text);
        } catch (LocatedYaml.SyntaxError e) {
            assertNull(BlockYaml.parse(text), what + ": SnakeYAML rejects it (" + e.getMessage() + "), the fast path must step aside");
            return false;
        }
        LocatedYaml.Doc fast = BlockYaml.parse(text);
        if (fast == null) return false;
        assertEquals(shape(slow.root()), shape(fast.root()), what + ": values or types differ");
        assertEquals(new TreeMap<>(slow.lines()), new TreeMap<>(fast.lines()), what + ": field lines differ");
        return true;
    }

    /** Values with their Java types and mapping order, e.g. {@code {a=Long:1, b=[Double:0.5]}}. */
    private static String shape(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder(m.getClass().getSimpleName()).append('{');
            m.forEach((k, x) -> sb.append(shape(k)).append('=').append(shape(x)).append(", "));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder(l.getClass().getSimpleName()).append('[');
            l.forEach(x -> sb.append(shape(x)).append(", "));
            return sb.append(']').toString();
        }
        return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static List<Path> yamlFiles(Path root, String... dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : dirs) {
            Path dir = root.resolve(d);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> !p.toString().contains("/target/") && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }
}
