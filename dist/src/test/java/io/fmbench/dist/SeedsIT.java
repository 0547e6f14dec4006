package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --seeds: one evaluation per seed, seed spread apart from sampling error, and the same numbers on a second run. */
class SeedsIT {

    @TempDir static Path ws;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seedsBlock(Path out) throws Exception {
        Map<String, Object> rec = Fmbench.yaml(out.resolve("eval.yaml"));
        return (Map<String, Object>) rec.get("seeds");
    }

    @Test
    void logisticRegressionOverThreeSeeds() throws Exception {
        Fmbench.workspace(ws);
        Path a = ws.resolve("a"), b = ws.resolve("b");
        for (Path out : List.of(a, b)) {
            Fmbench.Result r = Fmbench.run(ws, "--root", ws.toString(), "run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_logistic_regression.yaml",
                    "--out", out.toString(), "--seeds", "1,2,3", "--no-baselines");
            assertEquals(0, r.exit(), r.err());
        }
        Map<String, Object> s = seedsBlock(a);
        assertEquals(List.of(1, 2, 3), s.get("seeds"));
        @SuppressWarnings("unchecked") Map<String, Object> auroc = (Map<String, Object>) ((Map<String, Object>) s.get("metrics")).get("AUROC");
        @SuppressWarnings("unchecked") List<Number> per = (List<Number>) auroc.get("per_seed");
        assertEquals(3, per.size());
        double mean = (per.get(0).doubleValue() + per.get(1).doubleValue() + per.get(2).doubleValue()) / 3;
        assertEquals(mean, ((Number) auroc.get("mean")).doubleValue(), 1e-4); // from rounded per-seed values
        assertTrue(((Number) auroc.get("sampling_se_bootstrap")).doubleValue() > 0);
        assertEquals(s, seedsBlock(b), "same seeds, same numbers");
        assertTrue(Files.readString(a.resolve("report.md")).contains("## Repeated seeds [1, 2, 3]"));
        Fmbench.Result dup = Fmbench.run(ws, "--root", ws.toString(), "run", "--suite", "SUITE-TOY-CLASS", "--model", "configs/model_logistic_regression.yaml",
                "--out", ws.resolve("c").toString(), "--seeds", "1,1");
        assertEquals(2, dup.exit(), dup.err());
    }
}
