package io.fmbench.dist;

import static io.fmbench.dist.Fmbench.yaml;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines beside every model, out-of-fold linear baselines, and --no-baselines, through the distribution. */
class BaselinesIT {

    @TempDir static Path ws;

    @BeforeAll
    static void setUp() throws Exception {
        Fmbench.workspace(ws);
        assertEquals(0, Fmbench.run(ws, "--root", ws.toString(), "generate-toy-data").exit());
    }


    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> run(String suite, String model, Path out, String... extra) throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of("--root", ws.toString(), "run", "--suite", suite, "--model", model, "--out", out.toString()));
        a.addAll(List.of(extra));
        Fmbench.Result r = Fmbench.run(ws, a.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return yaml(out.resolve("eval.yaml"));
    }

    @Test
    void toyClassificationScoresRandomMajorityAndLogisticRegressionBesideTheModel() throws Exception {
        Path out = ws.resolve("results/with-baselines");
        Map<String, Object> rec = run("SUITE-TOY-CLASS", "configs/model_dummy_classifier.yaml", out);
        Map<String, Object> b = map(rec.get("baselines"));
        assertEquals(List.of("random", "majority", "logistic_regression", "summary"), List.copyOf(b.keySet()));
        // majority is one-hot and constant: AUROC exactly 0.5 whatever the fold
        assertEquals(0.5, ((Number) map(map(b.get("majority")).get("metrics")).get("AUROC")).doubleValue(), 0.0);
        double logreg = ((Number) map(map(b.get("logistic_regression")).get("metrics")).get("AUROC")).doubleValue();
        assertTrue(logreg > 0.8, "the toy classes are linearly separable enough: " + logreg);
        Map<String, Object> s = map(b.get("summary"));
        double chance = ((Number) s.get("chance")).doubleValue();
        double auroc = ((Number) map(rec.get("metrics")).get("AUROC")).doubleValue();
        assertEquals(20, ((Number) s.get("chance_draws")).intValue());
        assertEquals(0.5, chance, 0.05); // the mean AUROC of 20 random draws: 0.5 give or take 0.04 / sqrt(20)
        assertEquals((auroc - chance) / (1 - chance), ((Number) s.get("candidate_normalised")).doubleValue(), 1e-3); // from rounded inputs
        assertEquals(auroc - chance, ((Number) s.get("candidate_margin_over_chance")).doubleValue(), 1e-3);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Baselines") && report.contains("logistic_regression baseline"), report);
    }

    @Test
    void noBaselinesLeavesTheBlockOut() throws Exception {
        Map<String, Object> rec = run("SUITE-TOY-CLASS", "configs/model_dummy_classifier.yaml", ws.resolve("results/none"), "--no-baselines");
        assertFalse(rec.containsKey("baselines"));
    }

    @Test
    void ridgeIsTrainedOutOfFoldOnTheToyRegression() throws Exception {
        Map<String, Object> rec = run("SUITE-TOY-REGRESSION", "configs/model_ridge.yaml", ws.resolve("results/ridge"));
        Map<String, Object> cv = map(rec.get("cross_validation"));
        assertEquals("5-fold shuffled", cv.get("method"));
        assertEquals(5, ((List<?>) map(map(cv.get("metrics")).get("MSE")).get("per_fold")).size());
        Map<String, Object> b = map(rec.get("baselines"));
        double meanR2 = ((Number) map(map(b.get("mean")).get("metrics")).get("R2")).doubleValue();
        assertTrue(meanR2 <= 0 && meanR2 > -0.1, "predicting the training mean out of fold gives R2 just below 0: " + meanR2);
    }
}
