package io.fmbench.plugin.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Model;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the optimum numpy's Newton iteration finds (src/test/python/make_linear_fixtures.py). */
class LogisticRegressionTest {

    private final Fixture fx;

    LogisticRegressionTest() throws Exception {
        fx = new Fixture("logistic_regression.txt");
    }

    static Model build(Task task, List<String> classes, Map<String, Object> extra) throws ModelException {
        Map<String, Object> s = new HashMap<>(Map.of("model_id", "m", "type", "baseline"));
        s.putAll(extra);
        return new BaselineModelFactory().create(new ModelConfig(Path.of("/tmp/m.yaml").toAbsolutePath(), "m", "baseline", s),
                new ModelContext(1, Path.of("/tmp"), task, classes));
    }

    private Model fitted(String labels, List<String> classes, Map<String, Object> opts) throws ModelException {
        Map<String, Object> o = new HashMap<>(opts);
        o.put("name", "logistic_regression");
        o.put("tol", 1e-10);
        o.put("max_iter", 5000);
        Model m = build(Task.CLASSIFICATION, classes, o);
        m.fit(fx.batch("X"), Targets.classes(fx.labels(labels), classes));
        return m;
    }

    @Test
    void multinomialStandardisedMatchesNewtonOptimum() throws Exception {
        Model m = fitted("y3", List.of("a", "b", "c"), Map.of("C", 0.5, "standardize", true));
        LinearModel lm = ((LogisticRegression) m).model();
        double[][] w = fx.matrix("multinomial_C0.5_standardized_W");
        for (int k = 0; k < 3; k++) assertArrayEquals(w[k], lm.w[k], 1e-6);
        assertArrayEquals(fx.row("multinomial_C0.5_standardized_b"), lm.b, 1e-5);
        assertProbabilities(fx.matrix("multinomial_C0.5_standardized_P"), m.predict(fx.batch("Xtest")));
    }

    @Test
    void binaryBalancedRawIsOneWeightVectorAsScikitLearn() throws Exception {
        Model m = fitted("y2", List.of("neg", "pos"), Map.of("C", 1.0, "class_weight", "balanced", "standardize", false));
        LinearModel lm = ((LogisticRegression) m).model();
        assertEquals(1, lm.w.length);
        assertArrayEquals(fx.matrix("binary_C1_balanced_raw_W")[0], lm.w[0], 1e-6);
        assertEquals(fx.row("binary_C1_balanced_raw_b")[0], lm.b[0], 1e-5);
        assertProbabilities(fx.matrix("binary_C1_balanced_raw_P"), m.predict(fx.batch("Xtest")));
    }

    @Test
    void sameDataGivesBitIdenticalProbabilities() throws Exception {
        Model a = fitted("y3", List.of("a", "b", "c"), Map.of());
        Model b = fitted("y3", List.of("a", "b", "c"), Map.of());
        double[][] pa = a.predict(fx.batch("Xtest")).probabilities(), pb = b.predict(fx.batch("Xtest")).probabilities();
        for (int i = 0; i < pa.length; i++) assertArrayEquals(pa[i], pb[i], 0.0);
    }

    @Test
    void badSettingsNameTheField() {
        ModelException e = assertThrows(ModelException.class, () -> build(Task.CLASSIFICATION, List.of("a", "b"),
                Map.of("name", "logistic_regression", "C", -1)));
        assertTrue(e.getMessage().contains("'C'"), e.getMessage());
        e = assertThrows(ModelException.class, () -> build(Task.CLASSIFICATION, List.of("a", "b"),
                Map.of("name", "logistic_regression", "class_weight", "auto")));
        assertTrue(e.getMessage().contains("balanced"), e.getMessage());
    }

    static void assertProbabilities(double[][] expected, Predictions p) {
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], p.probabilities()[i], 1e-7, "row " + i);
    }
}
