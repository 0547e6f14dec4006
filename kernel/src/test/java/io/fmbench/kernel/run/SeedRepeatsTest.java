package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Predictions;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedRepeatsTest {

    private static Evaluated run(int... predicted) {
        return new Evaluated(Targets.classes(new int[] {0, 1, 1, 0}, List.of("a", "b")), Predictions.ofLabels(predicted),
                SampleTable.empty(), List.of("a", "b", "c", "d"), List.of(), null, Map.of());
    }

    @Test
    void seedSpreadAndSamplingErrorByHand() {
        // accuracy 0.5 under seed 1, 1.0 under seed 2: mean 0.75, sample sd sqrt(2 * 0.25^2 / 1) = 0.353553...
        Map<String, Object> block = SeedRepeats.of(List.of(1L, 2L), List.of(run(0, 0, 1, 1), run(0, 1, 1, 0)), List.of(TestData.ACCURACY),
                Map.of("Accuracy", Map.of("lower", 0.2, "upper", 0.592)), v -> v);
        @SuppressWarnings("unchecked") Map<String, Object> acc = (Map<String, Object>) ((Map<String, Object>) block.get("metrics")).get("Accuracy");
        assertEquals(0.75, (Double) acc.get("mean"), 1e-12);
        assertEquals(Math.sqrt(0.125), (Double) acc.get("seed_sd"), 1e-12);
        assertEquals(List.of(0.5, 1.0), acc.get("per_seed"));
        assertEquals(0.1, (Double) acc.get("sampling_se_bootstrap"), 1e-12); // (0.592 - 0.2) / 3.92
        assertEquals(List.of(1L, 2L), block.get("seeds"));
    }
}
