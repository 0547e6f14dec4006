package io.fmbench.kernel.compare;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.run.TestData;
import io.fmbench.kernel.stats.PairwiseAurocMetric;
import io.fmbench.spi.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {

    @TempDir Path tmp;

    // the golden binary example as run A (AUROC 0.8125, accuracy 0.75); run B ranks every positive above every
    // negative (AUROC 1) and misses only sample 5 (accuracy 0.875)
    private static final int[] Y = {0, 0, 1, 1, 0, 1, 1, 0};
    private static final double[] A = {.1, .4, .65, .8, .55, .3, .9, .5};
    private static final double[] B = {.2, .1, .7, .6, .3, .4, .8, .35};
    private static final List<Metric> METRICS = List.of(new PairwiseAurocMetric("AUROC"), TestData.ACCURACY);

    private Path run(String name, double[] p1, String hash, int n) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(name));
        Files.writeString(d.resolve("eval.yaml"), "benchmark_id: BM-X\ndataset_id: DS-X\nmodel_ids:\n  candidate: " + name
                + "\nrun_metadata:\n  task: classification\n  dataset_sha256:\n    X.npy: " + hash + "\n");
        StringBuilder csv = new StringBuilder("sample_id,y_true,y_pred,p_0,p_1\n");
        for (int i = 0; i < n; i++)
            csv.append("\"s,").append(i).append("\",").append(Y[i]).append(',').append(p1[i] > 0.5 ? 1 : 0).append(',')
                    .append(1 - p1[i]).append(',').append(p1[i]).append('\n');
        Files.writeString(d.resolve("predictions.csv"), csv);
        return d;
    }

    @Test
    void deLongForAurocAndExactMcNemarForAccuracyByHand() throws Exception {
        RunFolder a = RunFolder.read("RUN_A", run("a", A, "h1", 8)), b = RunFolder.read("RUN_B", run("b", B, "h1", 8));
        RunComparison.checkComparable(a, b);
        List<RunComparison.Row> rows = RunComparison.compare(a, b, METRICS, 42, 200);
        RunComparison.Row auroc = rows.get(0), acc = rows.get(1);
        assertEquals("DeLong", auroc.test());
        assertEquals(0.8125, auroc.a(), 1e-12);
        assertEquals(1.0, auroc.b(), 1e-12);
        assertEquals(0.1875, auroc.diff(), 1e-12);
        assertEquals("McNemar (exact)", acc.test());
        assertEquals(0.125, acc.diff(), 1e-12);
        // discordant pairs: A wrong and B right once (sample 4), never the reverse: exact p = min(1, 2 * 0.5^1) = 1
        assertEquals(1.0, acc.p(), 1e-12);
        String md = RunComparison.markdown(a, b, rows);
        assertTrue(md.contains("| AUROC | higher | 0.8125 | 1.0000 | 0.1875 |"), md);
    }

    @Test
    void refusesDifferentDataWithTheFieldNamed() throws Exception {
        RunFolder a = RunFolder.read("RUN_A", run("a", A, "h1", 8)), b = RunFolder.read("RUN_B", run("b", B, "h2", 8));
        FmbenchException e = assertThrows(FmbenchException.class, () -> RunComparison.checkComparable(a, b));
        assertTrue(e.getMessage().contains("dataset_sha256"), e.getMessage());
        RunFolder c = RunFolder.read("RUN_B", run("c", B, "h1", 7));
        e = assertThrows(FmbenchException.class, () -> RunComparison.checkComparable(a, c));
        assertTrue(e.getMessage().contains("different samples"), e.getMessage());
    }

    @Test
    void missingFilesAreAUsageError() {
        FmbenchException e = assertThrows(FmbenchException.class, () -> RunFolder.read("RUN_A", tmp.resolve("nothing")));
        assertTrue(e.getMessage().startsWith("RUN_A") && e.getMessage().contains("eval.yaml"), e.getMessage());
    }
}
