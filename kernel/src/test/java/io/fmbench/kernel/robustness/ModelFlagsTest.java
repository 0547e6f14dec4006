package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFlagsTest {

    private static ModelOutputs rows(double[]... r) {
        return new ModelOutputs(r, null, null);
    }

    @Test
    void aModelThatAnswersTheSameInputDifferentlyIsNondeterministic() {
        // cosines of the repeated first batch: row 0 (1,0) against (0,1) is 0, row 1 is 1 / (1 + 1e-8)^2; mean 0.5000
        var flags = ModelFlags.of(rows(new double[] {1, 0}, new double[] {0, 1}, new double[] {0.5, 0.5}), rows(new double[] {0, 1}, new double[] {0, 1}),
                null, 0, Double.NaN, null, "AUROC");
        assertEquals(List.of("nondeterministic: the same clean input gives different outputs (mean cosine 0.5000); similarity curves measure the model's own randomness"), flags);
    }

    @Test
    void accuracyWithinTwoPointsOfTheMajorityClassIsChance() {
        int[] truth = {0, 0, 0, 1}; // majority 0.75
        var clean = rows(new double[] {0.9, 0.1}, new double[] {0.8, 0.2}, new double[] {0.4, 0.6}, new double[] {0.3, 0.7});
        assertEquals(List.of("chance: clean accuracy 0.7600 is no better than always predicting the majority class (0.7500); retention and similarity of a model that has learnt nothing are not robustness"),
                ModelFlags.of(clean, null, truth, 2, 0.76, null, "AUROC"));
        assertEquals(List.of(), ModelFlags.of(clean, null, truth, 2, 0.78, null, "AUROC"), "0.78 > 0.75 + 0.02");
    }

    @Test
    void constantAndScalarOutputsAndRegressionWithoutSkill() {
        var flags = ModelFlags.of(rows(new double[] {2}, new double[] {2}), null, null, 0, Double.NaN, -0.25, "R2");
        assertEquals(3, flags.size(), String.valueOf(flags));
        assertEquals("constant", flags.get(0).substring(0, flags.get(0).indexOf(':')));
        assertEquals("scalar", flags.get(1).substring(0, flags.get(1).indexOf(':')));
        assertEquals("chance: clean R2 -0.2500 is no better than predicting the targets' mean (0); retention is not defined and similarity of a model that has learnt nothing is not robustness",
                flags.get(2));
    }
}
