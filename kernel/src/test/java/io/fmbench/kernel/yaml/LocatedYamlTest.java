package io.fmbench.kernel.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocatedYamlTest {

    private static final String TEXT = """
            eval_id: a
            model_ids:
              candidate: m
            metrics:
              AUROC: 0.5
              stratified:
                site:
                  A: {AUROC: 0.4, N: 10}
            probes:
              - dropout
              - noise
            """;

    @Test
    void recordsTheLineOfEveryField() throws Exception {
        LocatedYaml.Doc d = LocatedYaml.parse(TEXT);
        assertEquals(1, d.lineOf("eval_id"));
        assertEquals(3, d.lineOf("model_ids.candidate"));
        assertEquals(5, d.lineOf("metrics.AUROC"));
        assertEquals(8, d.lineOf("metrics.stratified.site.A.N"));
        assertEquals(11, d.lineOf("probes[1]"));
        // a missing field reports its nearest ancestor
        assertEquals(4, d.lineOf("metrics.Accuracy"));
    }

    @Test
    void keepsTypes() throws Exception {
        Map<?, ?> root = (Map<?, ?>) LocatedYaml.parse("a: 1\nb: 0.25\nc: '1'\nd: null\ne: .nan\nf: true\n").root();
        assertEquals(1L, root.get("a"));
        assertEquals(0.25, root.get("b"));
        assertEquals("1", root.get("c"));
        assertTrue(root.containsKey("d") && root.get("d") == null);
        assertTrue(root.get("e") instanceof Double x && x.isNaN(), "'.nan' must read as NaN, got " + root.get("e"));
        assertEquals(true, root.get("f"));
        assertEquals(List.of(), LocatedYaml.parse("x: []").root() instanceof Map<?, ?> m ? m.get("x") : null);
    }

    @Test
    void duplicateKeysAreErrorsWithTheSecondLine() {
        LocatedYaml.SyntaxError e = assertThrows(LocatedYaml.SyntaxError.class,
                () -> LocatedYaml.parse("metrics:\n  AUROC: 0.5\n  Accuracy: 0.6\n  AUROC: 0.9\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("metrics.AUROC") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        LocatedYaml.SyntaxError e = assertThrows(LocatedYaml.SyntaxError.class, () -> LocatedYaml.parse("a: 1\nb: [1, 2\nc: 3\n"));
        assertTrue(e.line() >= 2, "line " + e.line());
    }
}
