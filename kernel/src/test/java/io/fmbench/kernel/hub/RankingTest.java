package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingTest {

    @TempDir Path dir;

    private Ranking.Board board(String bench) throws Exception {
        Leaderboard lb = Leaderboard.build(EvalFiles.in(dir), SyntheticEvals.catalog());
        return lb.boards().stream().filter(b -> b.bench().id().equals(bench)).findFirst().orElseThrow();
    }

    private static List<String> models(Ranking.Table t) {
        return t.rows().stream().map(r -> r.entry().modelName() + "@" + r.rank() + (r.band().isEmpty() ? "" : "[" + r.band() + "]")).toList();
    }

    @Test
    void bestRunPerModelAcrossAliasesAndCase() throws Exception {
        SyntheticEvals.write(dir, "e1", "BM-C", "HyenaDNA", "DS-A", "AUROC", 0.70, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "e2", "BM-C", "hyena-dna", "DS-A", "AUROC", 0.80, null, "Completed", "2025-01-02");
        SyntheticEvals.write(dir, "e3", "BM-C", "hyenadna", "DS-A", "AUROC", 0.75, null, "Completed", "2025-01-03");
        SyntheticEvals.write(dir, "e4", "BM-C", "other", "DS-A", "AUROC", 0.78, null, "Completed", "2025-01-03");
        Ranking.Board b = board("BM-C");
        assertEquals(List.of("HyenaDNA@1", "other@2"), models(b.main()));
        assertEquals("e2", b.main().rows().get(0).entry().evalId());
        assertEquals(3, b.main().rows().get(0).runs());
    }

    @Test
    void lowerIsBetterWhenTheBenchmarkSaysSo() throws Exception {
        SyntheticEvals.write(dir, "r1", "BM-R", "a", "DS-A", "MSE", 0.30, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "r2", "BM-R", "b", "DS-A", "MSE", 0.10, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "r3", "BM-R", "c", "DS-A", "MSE", 0.20, null, "Completed", "2025-01-01");
        assertEquals(List.of("b@1", "c@2", "a@3"), models(board("BM-R").main()));
    }

    @Test
    void exactTiesShareARankAndAreOrderedBySecondaryThenId() throws Exception {
        SyntheticEvals.write(dir, "t1", "BM-C", "zeta", "DS-A", "AUROC", 0.80, null, "Completed", "2025-01-01", "Accuracy: 0.70");
        SyntheticEvals.write(dir, "t2", "BM-C", "alpha", "DS-A", "AUROC", 0.80, null, "Completed", "2025-01-01", "Accuracy: 0.70");
        SyntheticEvals.write(dir, "t3", "BM-C", "mid", "DS-A", "AUROC", 0.80, null, "Completed", "2025-01-01", "Accuracy: 0.75");
        SyntheticEvals.write(dir, "t4", "BM-C", "last", "DS-A", "AUROC", 0.60, null, "Completed", "2025-01-01", "Accuracy: 0.99");
        Ranking.Board b = board("BM-C");
        assertEquals(List.of("mid@1[1–3]", "alpha@1[1–3]", "zeta@1[1–3]", "last@4"), models(b.main()));
        // identical metrics across different models are flagged
        assertEquals(List.of("zeta"), b.identicalTo().get("t2"));
        assertNull(b.identicalTo().get("t3"));
    }

    @Test
    void overlappingIntervalsFormTieBands() throws Exception {
        // A [0.80,0.90] leads; B's [0.78,0.86] overlaps A's -> band 1–2; C [0.60,0.79] misses A's -> new band with D.
        SyntheticEvals.write(dir, "a", "BM-C", "A", "DS-A", "AUROC", 0.85, new double[] {0.80, 0.90}, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "b", "BM-C", "B", "DS-A", "AUROC", 0.82, new double[] {0.78, 0.86}, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "c", "BM-C", "C", "DS-A", "AUROC", 0.70, new double[] {0.60, 0.79}, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "d", "BM-C", "D", "DS-A", "AUROC", 0.65, new double[] {0.55, 0.75}, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "e", "BM-C", "E", "DS-A", "AUROC", 0.40, new double[] {0.30, 0.50}, "Completed", "2025-01-01");
        assertEquals(List.of("A@1[1–2]", "B@2[1–2]", "C@3[3–4]", "D@4[3–4]", "E@5"), models(board("BM-C").main()));
    }

    @Test
    void unrankableResultsAreListedNotRanked() throws Exception {
        SyntheticEvals.write(dir, "ok", "BM-C", "hyenadna", "DS-A", "AUROC", 0.6, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "failed", "BM-C", "f", "DS-A", "AUROC", 0.99, null, "Failed", "2025-01-01");
        SyntheticEvals.write(dir, "partial", "BM-C", "p", "DS-A", "AUROC", 0.95, null, "Partial", "2025-01-01");
        SyntheticEvals.write(dir, "undef", "BM-C", "u", "DS-A", "AUROC", null, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "zero", "BM-C", "z", "DS-A", "AUROC", 0.0, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "red", "BM-C", "leaky", "DS-A", "AUROC", 0.97, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "yellow", "BM-C", "pre", "DS-A", "AUROC", 0.5, null, "Completed", "2025-01-01");
        Files.writeString(dir.resolve("broken.yaml"), "eval_id: broken\nmetrics: [1, 2\n");
        Ranking.Board b = board("BM-C");
        assertEquals(List.of("HyenaDNA@1", "Pretrained@2"), models(b.main()));
        assertEquals(Leakage.GREEN, b.main().rows().get(0).entry().leakage());
        assertEquals(Leakage.YELLOW, b.main().rows().get(1).entry().leakage());
        assertEquals(List.of("f: status Failed", "leaky: data leakage RED (the model card lists DS-A as task training data)",
                        "p: status Partial", "u: AUROC undefined (only one class present)", "z: AUROC = 0.0, the reference's stand-in for undefined"),
                b.notRanked().stream().map(e -> e.modelKey() + ": " + e.notRankableReason()).toList());
        Leaderboard lb = Leaderboard.build(EvalFiles.in(dir), SyntheticEvals.catalog());
        assertEquals(List.of("broken.yaml"), lb.skipped().stream().map(p -> p.file().getFileName().toString()).distinct().toList());
    }

    @Test
    void aModelWhoseOutputsNeverChangeIsListedNotRankedAndOtherFlagsAreNoted() throws Exception {
        // run-robustness flags: a model that ignores its input scores 1.0 by construction and must not top the board
        flagged(SyntheticEvals.write(dir, "ins", "BM-C", "ignores", "DS-A", "AUROC", 1.0, null, "Completed", "2025-01-01"),
                "insensitive: no perturbation changed any output at any strength", "chance: clean accuracy 0.49 is no better than the majority class");
        flagged(SyntheticEvals.write(dir, "chance", "BM-C", "weak", "DS-A", "AUROC", 0.7, null, "Completed", "2025-01-01"),
                "chance: clean accuracy 0.51 is no better than the majority class (0.50); retention is not robustness");
        SyntheticEvals.write(dir, "ok", "BM-C", "good", "DS-A", "AUROC", 0.6, null, "Completed", "2025-01-01");
        Ranking.Board b = board("BM-C");
        assertEquals(List.of("weak@1", "good@2"), models(b.main()));
        assertEquals(List.of("ignores: flagged insensitive: its outputs do not depend on its input, so its score says nothing (see the record's flags)"),
                b.notRanked().stream().map(e -> e.modelKey() + ": " + e.notRankableReason()).toList());
        assertTrue(b.main().rows().get(0).entry().flags().contains("⚠️ chance: clean accuracy 0.51 is no better than the majority class (0.50)"),
                String.valueOf(b.main().rows().get(0).entry().flags()));
    }

    private static void flagged(Path record, String... flags) throws Exception {
        StringBuilder y = new StringBuilder("flags:\n");
        for (String f : flags) y.append("- '").append(f).append("'\n");
        Files.writeString(record, y.toString(), java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void differentTestSetsAreShownApartWithTheReason() throws Exception {
        SyntheticEvals.write(dir, "a1", "BM-C", "a", "DS-A", "AUROC", 0.7, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "a2", "BM-C", "b", "DS-A", "AUROC", 0.6, null, "Completed", "2025-01-01");
        SyntheticEvals.write(dir, "b1", "BM-C", "c", "DS-B", "AUROC", 0.9, null, "Completed", "2025-01-01");
        Ranking.Board b = board("BM-C");
        assertEquals(List.of("a@1", "b@2"), models(b.main()));
        assertEquals(1, b.apart().size());
        assertEquals("dataset DS-B (main table: DS-A)", b.apart().get(0).apartReason());
        assertTrue(MarkdownPage.render(Leaderboard.build(EvalFiles.in(dir), SyntheticEvals.catalog()))
                .contains("Shown apart, not comparable with the main table: dataset DS-B (main table: DS-A)"));
    }
}
