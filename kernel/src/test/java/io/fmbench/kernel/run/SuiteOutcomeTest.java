package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.FailurePlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statuses, the failures list, the console line and the suite summary of runs that completed in part. */
class SuiteOutcomeTest {

    @TempDir Path out;

    private static RunFailures failures(String bench, String dataset, long... seeds) {
        RunFailures f = new RunFailures(bench, dataset);
        for (long s : seeds) f.add(s, new ModelFailure("model 'm' timed out after 5 s on batch 1 (seed " + s + ")"));
        return f;
    }

    private SuiteOutcome.Entry completed(String bench) {
        return new SuiteOutcome.Entry(bench, "DS-A", "Completed", out.resolve(bench + "/eval.yaml"), "AUROC = 0.8100", failures(bench, "DS-A"));
    }

    @Test
    void aRecordIsCompletedPartialOrFailedByHowManySeedsCompleted() {
        assertEquals("Completed", failures("BM", "DS").status(3));
        assertEquals("Partial", failures("BM", "DS", 2).status(2));
        assertEquals("Failed", failures("BM", "DS", 1, 2, 3).status(0));
        assertEquals(List.of(Map.of("benchmark_id", "BM", "dataset_id", "DS", "seed", 7L, "error", "model 'm' timed out after 5 s on batch 1 (seed 7)")),
                failures("BM", "DS", 7).yaml());
        assertEquals("BM on DS seeds [2, 3] failed (model 'm' timed out after 5 s on batch 1 (seed 2))", failures("BM", "DS", 2, 3).summary());
    }

    @Test
    void theSuiteIsPartialWhenSomeRecordsHaveMetrics() throws Exception {
        SuiteOutcome mixed = new SuiteOutcome("SUITE-X", "m", out, List.of(completed("BM-A"),
                SuiteOutcome.Entry.failed("BM-B", "DS-B", new FailurePlace(out.resolve("BM-B"), false), failures("BM-B", "DS-B", 42))));
        assertEquals("Partial", mixed.status());
        FmbenchException e = assertThrows(FmbenchException.class, () -> mixed.throwIfIncomplete(true));
        assertEquals("run partial: BM-B on DS-B seed 42 failed (model 'm' timed out after 5 s on batch 1 (seed 42)); completed: BM-A on DS-A; see "
                + out.resolve("report.md") + " (traces in each benchmark's fmbench.log)", e.getMessage());
        assertEquals(1, e.exitCode());
        String md = mixed.report();
        assertTrue(md.contains("| BM-A | DS-A | Completed | AUROC = 0.8100 | BM-A/eval.yaml |"), md);
        assertTrue(md.contains("| BM-B | DS-B | Failed | no metrics | BM-B/eval.yaml |"), md);
        assertTrue(md.contains("- **BM-B** on DS-B, seed 42: model 'm' timed out after 5 s on batch 1 (seed 42)\n"), md);

        SuiteOutcome none = new SuiteOutcome("SUITE-X", "m", out, List.of(
                SuiteOutcome.Entry.failed("BM-A", "DS-A", new FailurePlace(out.resolve("BM-A"), false), failures("BM-A", "DS-A", 42)),
                SuiteOutcome.Entry.failed("BM-B", "DS-B", new FailurePlace(out.resolve("BM-B"), false), failures("BM-B", "DS-B", 42))));
        assertEquals("Failed", none.status());
        assertTrue(assertThrows(FmbenchException.class, () -> none.throwIfIncomplete(true)).getMessage().startsWith("run failed: BM-A on DS-A seed 42"));

        SuiteOutcome all = new SuiteOutcome("SUITE-X", "m", out, List.of(completed("BM-A"), completed("BM-B")));
        assertEquals("Completed", all.status());
        assertDoesNotThrow(() -> all.throwIfIncomplete(true));
    }

    @Test
    void aBenchmarkWithoutDataOnThisMachineIsListedAsNotRun() throws Exception {
        String why = "enhancers.yaml: dataset 'DS-B' has no 'path' (a catalogue card); add path: <folder with the data>";
        SuiteOutcome outcome = new SuiteOutcome("SUITE-X", "m", out, List.of(completed("BM-A"), SuiteOutcome.Entry.notRun("BM-B", "DS-B", why)));
        assertEquals("Partial", outcome.status());
        String md = outcome.report();
        assertTrue(md.contains("| BM-B | DS-B | Not run | no data on this machine | - |"), md);
        assertTrue(md.contains("- **BM-B** on DS-B: not run: " + why + "\n"), md);
        FmbenchException e = assertThrows(FmbenchException.class, () -> outcome.throwIfIncomplete(true));
        assertEquals("run partial: BM-B on DS-B not run (" + why + "); completed: BM-A on DS-A; see " + out.resolve("report.md")
                + " (traces in each benchmark's fmbench.log)", e.getMessage());
        assertEquals(1, e.exitCode());

        SuiteOutcome nothing = new SuiteOutcome("SUITE-X", "m", out, List.of(SuiteOutcome.Entry.notRun("BM-B", "DS-B", why)));
        assertEquals("Failed", nothing.status());
    }

    @Test
    void aSingleRecordKeepsTheModelsOwnMessageWhenNothingCompleted() throws Exception {
        RunFailures f = failures("BM", "DS", 42);
        SuiteOutcome failed = new SuiteOutcome("S", "m", out, List.of(SuiteOutcome.Entry.failed("BM", "DS", new FailurePlace(out, false), f)));
        assertSame(f.first(), assertThrows(ModelFailure.class, () -> failed.throwIfIncomplete(false)));
        // beside an earlier run's results, which were kept, the line also says where this failure went
        SuiteOutcome besideEarlier = new SuiteOutcome("S", "m", out, List.of(
                SuiteOutcome.Entry.failed("BM", "DS", new FailurePlace(out.resolve("failed"), true), f)));
        assertEquals("model 'm' timed out after 5 s on batch 1 (seed 42); the earlier results in " + out + " are kept; "
                + out.resolve("failed/eval.yaml") + " has status Failed (trace in " + out.resolve("failed/fmbench.log") + ")",
                assertThrows(ModelFailure.class, () -> besideEarlier.throwIfIncomplete(false)).getMessage());
        SuiteOutcome partial = new SuiteOutcome("S", "m", out, List.of(
                new SuiteOutcome.Entry("BM", "DS", "Partial", out.resolve("eval.yaml"), "AUROC = 0.7", failures("BM", "DS", 2))));
        assertTrue(assertThrows(ModelFailure.class, () -> partial.throwIfIncomplete(false)).getMessage()
                .startsWith("run partial: BM on DS seed 2 failed (model 'm' timed out after 5 s on batch 1 (seed 2)); " + out.resolve("eval.yaml")
                        + " has status Partial"));
    }

    @Test
    void theLogHoldsEveryTrace() throws Exception {
        failures("BM", "DS", 2, 3).writeLog(out, "E-1");
        String log = Files.readString(out.resolve("fmbench.log"));
        assertTrue(log.startsWith("eval_id: E-1\n"), log);
        assertTrue(log.contains("== BM on DS, seed 2\nio.fmbench.kernel.run.ModelFailure: model 'm' timed out after 5 s on batch 1 (seed 2)"), log);
        assertTrue(log.contains("== BM on DS, seed 3\n"), log);
    }
}
