package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Direction;
import io.fmbench.spi.MetricResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void chanceNormalisedScoresAndMarginByHand() {
        List<Baselines.Spec> specs = List.of(new Baselines.Spec("random", Map.of(), true, 3), new Baselines.Spec("majority", Map.of(), false, 1));
        Map<String, Map<String, MetricResult>> scores = new LinkedHashMap<>();
        scores.put("random", Map.of("Accuracy", MetricResult.of(0.4)));
        scores.put("majority", Map.of("Accuracy", MetricResult.of(0.55)));
        // chance = mean of the draws {0.4, 0.3, 0.5} = 0.4 (sd 0.1); candidate 0.85, best 1: margin 0.45,
        // normalised 0.45 / 0.6 = 0.75; majority 0.15 / 0.6 = 0.25; the first random draw (0.4) 0
        Map<String, Object> block = Baselines.block(specs, scores, new double[] {0.4, 0.3, 0.5}, TestData.ACCURACY, Direction.HIGHER_IS_BETTER, MetricResult.of(0.85), v -> v);
        @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) block.get("summary");
        assertEquals(0.4, (Double) s.get("chance"), 1e-12);
        assertEquals(0.1, (Double) s.get("chance_sd"), 1e-12);
        assertEquals(0.45, (Double) s.get("candidate_margin_over_chance"), 1e-12);
        assertEquals(0.75, (Double) s.get("candidate_normalised"), 1e-12);
        assertEquals(0.25, (Double) s.get("majority_normalised"), 1e-12);
        assertEquals(0.0, (Double) s.get("random_normalised"), 1e-12);
    }

    @Test
    void lowerIsBetterUsesTheLowerBoundAsBest() {
        // MSE: chance (mean baseline) 2.0, best 0, candidate 0.5: normalised (0.5 - 2) / (0 - 2) = 0.75, margin 1.5
        assertEquals(0.75, Baselines.normalised(MetricResult.of(0.5), 2.0, 0.0, v -> v), 1e-12);
        assertNull(Baselines.normalised(MetricResult.undefined("one class"), 2.0, 0.0, v -> v));
    }
}
