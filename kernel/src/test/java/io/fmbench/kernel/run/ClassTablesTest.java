package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.MetricInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassTablesTest {

    // truth 0,0,1,1,2,2 / predicted 0,1,1,1,2,0; class "c" of index 3 is never present nor predicted
    private static final MetricInput IN = MetricInput.classification(new int[] {0, 0, 1, 1, 2, 2}, 4, null, new int[] {0, 1, 1, 1, 2, 0});

    @Test
    void confusionMatrixRowsAreTruth() {
        List<String> names = ClassTables.names(List.of("a", "b"), 4);
        assertEquals(List.of("a", "b", "2", "3"), names);
        Map<String, Object> cm = ClassTables.confusion(IN, names);
        assertEquals(List.of(List.of(1L, 1L, 0L, 0L), List.of(0L, 2L, 0L, 0L), List.of(1L, 0L, 1L, 0L), List.of(0L, 0L, 0L, 0L)), cm.get("counts"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void perClassByHand() {
        Map<String, Object> t = ClassTables.perClass(IN, ClassTables.names(List.of("a", "b"), 4), v -> v);
        Map<String, Object> b = (Map<String, Object>) t.get("b"), c2 = (Map<String, Object>) t.get("2"), c3 = (Map<String, Object>) t.get("3");
        assertEquals(2.0 / 3, (Double) b.get("precision"), 1e-12); // 2 of 3 predicted b are b
        assertEquals(1.0, (Double) b.get("recall"), 1e-12);
        assertEquals(0.8, (Double) b.get("f1"), 1e-12);
        assertEquals(1.0, (Double) c2.get("precision"), 1e-12);
        assertEquals(0.5, (Double) c2.get("recall"), 1e-12);
        assertNull(c3.get("precision")); // never predicted: undefined, not 0
        assertEquals(0L, c3.get("support"));
    }
}
