package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fmbench compare on real run folders: the table, the --out file, and refusal of runs on different data. */
class CompareIT {

    @TempDir static Path ws;

    @BeforeAll
    static void setUp() throws Exception {
        Fmbench.workspace(ws);
        assertEquals(0, Fmbench.run(ws, "--root", ws.toString(), "generate-toy-data").exit());
        for (String[] r : List.of(new String[] {"dummy", "configs/model_dummy_classifier.yaml", "SUITE-TOY-CLASS"},
                new String[] {"logreg", "configs/model_logistic_regression.yaml", "SUITE-TOY-CLASS"},
                new String[] {"ridge", "configs/model_ridge.yaml", "SUITE-TOY-REGRESSION"})) {
            Fmbench.Result res = Fmbench.run(ws, "--root", ws.toString(), "run", "--suite", r[2], "--model", r[1], "--out",
                    ws.resolve("runs/" + r[0]).toString(), "--no-baselines");
            assertEquals(0, res.exit(), res.err());
        }
    }

    @Test
    void comparesTwoModelsOnTheSameData() throws Exception {
        Path table = ws.resolve("cmp/table.md");
        Files.createDirectories(table.getParent());
        Fmbench.Result r = Fmbench.run(ws, "--root", ws.toString(), "compare", ws.resolve("runs/dummy").toString(),
                ws.resolve("runs/logreg").toString(), "--out", table.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| AUROC | higher |") && r.out().contains("DeLong"), r.out());
        assertTrue(r.out().contains("McNemar"), r.out());
        assertTrue(r.out().contains("Holm"), r.out());
        assertEquals(r.out(), Files.readString(table));
        // the logistic regression (AUROC ~0.93) against a random guess on 200 samples: significant after Holm
        String aurocRow = r.out().lines().filter(l -> l.startsWith("| AUROC |")).findFirst().orElseThrow();
        assertTrue(aurocRow.endsWith("| yes |"), aurocRow);
    }

    @Test
    void refusesRunsOfDifferentBenchmarks() throws Exception {
        Fmbench.Result r = Fmbench.run(ws, "--root", ws.toString(), "compare", ws.resolve("runs/dummy").toString(), ws.resolve("runs/ridge").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.errLines().get(0).startsWith("Error: ") && r.err().contains("benchmark_id"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
