package io.fmbench.plugin.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against numpy's direct solve of the centred normal equations (src/test/python/make_linear_fixtures.py). */
class RidgeTest {

    private final Fixture fx;

    RidgeTest() throws Exception {
        fx = new Fixture("ridge.txt");
    }

    private Ridge fit(double alpha, boolean standardize, boolean cg) throws ModelException {
        Ridge r = new Ridge(new Ridge.Options(alpha, standardize), cg);
        r.fit(fx.batch("X"), Targets.values(fx.matrix("Y")));
        return r;
    }

    private void assertModel(String prefix, Ridge r) {
        double[][] w = fx.matrix(prefix + "_W");
        for (int k = 0; k < w.length; k++) assertArrayEquals(w[k], r.model().w[k], 1e-9);
        assertArrayEquals(fx.row(prefix + "_b"), r.model().b, 1e-8);
    }

    @Test
    void choleskyMatchesDirectSolveWithTwoOutputs() throws Exception {
        Ridge r = fit(0.7, false, false);
        assertModel("alpha0.7", r);
        double[][] expected = fx.matrix("alpha0.7_pred"), got = r.predict(fx.batch("Xtest")).values();
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], got[i], 1e-8);
    }

    @Test
    void conjugateGradientsReachTheSameSolution() throws Exception {
        assertModel("alpha0.7", fit(0.7, false, true));
        assertModel("alpha2_standardized", fit(2.0, true, true));
    }

    @Test
    void standardisedCholesky() throws Exception {
        assertModel("alpha2_standardized", fit(2.0, true, false));
    }

    @Test
    void factoryBuildsRidgeForRegressionOnlyAndReadsAlpha() throws Exception {
        Model m = LogisticRegressionTest.build(Task.REGRESSION, List.of(), Map.of("name", "ridge", "alpha", 0.7));
        m.fit(fx.batch("X"), Targets.values(fx.matrix("Y")));
        assertArrayEquals(fx.row("alpha0.7_b"), ((Ridge) m).model().b, 1e-8);
        assertThrows(ModelException.class, () -> LogisticRegressionTest.build(Task.CLASSIFICATION, List.of("a", "b"), Map.of("name", "ridge")));
    }
}
