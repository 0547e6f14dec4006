package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordIntervalsTest {

    @Test
    void readsWhatRunWritesAndWhatSubmittersWrite() {
        Map<String, Object> run = Map.of("confidence_intervals", Map.of("AUROC", Map.of("lower", 0.61, "upper", 0.74, "method", "bca")));
        assertArrayEquals(new double[] {0.61, 0.74}, RecordIntervals.of(run, "AUROC"));
        Map<String, Object> hand = Map.of("uncertainty", Map.of("AUROC", Map.of("ci95", List.of(0.5, 0.6))));
        assertArrayEquals(new double[] {0.5, 0.6}, RecordIntervals.of(hand, "AUROC"));
        Map<String, Object> both = Map.of("confidence_intervals", Map.of("AUROC", Map.of("lower", 0.1, "upper", 0.2)),
                "uncertainty", Map.of("AUROC", Map.of("ci95", List.of(0.5, 0.6))));
        assertArrayEquals(new double[] {0.1, 0.2}, RecordIntervals.of(both, "AUROC"), "confidence_intervals wins");
        assertNull(RecordIntervals.of(run, "Accuracy"));
        assertNull(RecordIntervals.bounds(Map.of("lower", 0.1)));
    }
}
