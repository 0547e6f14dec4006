package io.fmbench.kernel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalYamlTest {

    @Test
    void writesMapsInInsertionOrderWithTheReferenceQuoting() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eval_id", "a-1");
        record.put("N", 60);
        record.put("AUROC", 0.5151);
        record.put("version", "0.1.0");
        record.put("count", "12");
        record.put("ok", true);
        record.put("missing", null);
        record.put("seeds", List.of(1, 2L));
        assertEquals("""
                eval_id: a-1
                "N": 60
                AUROC: 0.5151
                version: 0.1.0
                count: "12"
                ok: true
                missing: null
                seeds:
                - 1
                - 2
                """, EvalYaml.toYaml(record));
    }

    @Test
    void writesMapsWithoutAnOrderSortedSoThatRecordsDoNotDependOnTheJvm() {
        Map<String, Object> unordered = new HashMap<>(Map.of("z", 1, "baseline", "random", "k", 6));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model", unordered);
        record.put("immutable", Map.of("random_seed", 7, "baseline", "prior"));
        assertEquals("""
                model:
                  baseline: random
                  k: 6
                  z: 1
                immutable:
                  baseline: prior
                  random_seed: 7
                """, EvalYaml.toYaml(record));
    }

    @Test
    void copiesOfAPluginsMapKeepItsOrderOrSortTheKeysWhenItHasNone() {
        // a plain LinkedHashMap copy of a Map.of froze this JVM's order into the record (found: provenance flipping)
        assertEquals(List.of("baseline", "random_seed", "z"), List.copyOf(EvalYaml.orderedCopy(Map.of("z", 1, "random_seed", 7, "baseline", "prior")).keySet()));
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", 2);
        Map<String, Object> copy = EvalYaml.orderedCopy(ordered);
        assertEquals(List.of("z", "a"), List.copyOf(copy.keySet()));
        copy.put("scored_by", "probe"); // callers add their own keys
        assertEquals(3, copy.size());
    }

    @Test
    void largeAndSmallNumbersStayNumbersForYaml11Readers() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("big", 1e9);
        record.put("small", 1.5e-7);
        record.put("mse", 12345678.9);
        String yaml = EvalYaml.toYaml(record);
        assertEquals("big: 1.0E+9\nsmall: 1.5E-7\nmse: 1.23456789E+7\n", yaml);
        // SnakeYAML resolves plain scalars by the YAML 1.1 rules PyYAML follows: "1.0E9" would come back a string
        Map<String, Object> back = new org.yaml.snakeyaml.Yaml().load(yaml);
        assertEquals(1e9, back.get("big"));
        assertEquals(1.5e-7, back.get("small"));
        assertEquals(12345678.9, back.get("mse"));
    }

    @Test
    void refusesValuesThatAreNotPlainData() {
        assertThrows(IllegalStateException.class, () -> EvalYaml.toYaml(Map.of("when", new Object())));
    }
}
