package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fmbench.spi.MetricInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTablesTest {

    @Test
    void eachOutputScoredAlone() {
        // out_0 errors 0, 0, 2: MAE 2/3; out_1 errors 2, 3, 0: MAE 5/3 (their average, 7/6, is the metric itself)
        MetricInput in = MetricInput.regression(new double[][] {{1, 10}, {2, 20}, {3, 30}}, new double[][] {{1, 12}, {2, 17}, {5, 30}});
        Map<?, ?> block = (Map<?, ?>) OutputTables.perOutput(List.of(TestData.MAE), in, v -> v);
        assertEquals(List.of("out_0", "out_1"), List.copyOf(block.keySet()));
        assertEquals(2.0 / 3, (double) ((Map<?, ?>) block.get("out_0")).get("MAE"), 1e-15);
        assertEquals(5.0 / 3, (double) ((Map<?, ?>) block.get("out_1")).get("MAE"), 1e-15);
        assertEquals(7.0 / 6, TestData.MAE.compute(in).value(), 1e-15);
    }

    @Test
    void oneOutputNeedsNoTableAndThousandsGetANote() {
        assertNull(OutputTables.perOutput(List.of(TestData.MAE), MetricInput.regression(new double[][] {{1}}, new double[][] {{2}}), v -> v));
        double[][] wide = {new double[OutputTables.MAX_LISTED + 1]};
        assertEquals("65 outputs: per-output values are listed up to 64", OutputTables.perOutput(List.of(TestData.MAE),
                MetricInput.regression(wide, wide), v -> v));
    }
}
