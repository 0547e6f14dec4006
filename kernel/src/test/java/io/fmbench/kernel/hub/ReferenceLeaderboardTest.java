package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Acceptance: the leaderboard built from the reference's 35 records shows none of the reference's flaws (spec §9.7, §15). */
class ReferenceLeaderboardTest {

    private static Leaderboard build(List<Path> files) throws Exception {
        return Leaderboard.build(files, Paths.referenceCatalog());
    }

    private static Ranking.Board board(Leaderboard lb, String id) {
        return lb.boards().stream().filter(b -> b.bench().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> rows(Ranking.Table t) {
        return t.rows().stream().map(r -> r.entry().modelKey() + "@" + r.rank() + "=" + PageText.num(r.entry().score())).toList();
    }

    @Test
    void showsNoneOfTheReferenceFlaws() throws Exception {
        Leaderboard lb = build(EvalFiles.in(Paths.reference().resolve("evals")));

        // AUROC 0.0 sentinels are not ranked: BM-002 ranks by its declared primary metric, macro F1.
        Ranking.Board cell = board(lb, "BM-002");
        assertEquals("F1-Score", cell.bench().primaryMetric());
        assertEquals(List.of("MOD-GENEFORMER@1=0.1109", "dummy_classifier@2=0.0914"), rows(cell.main()));

        // HyenaDNA and hyenadna are one model; the 125-sequence run is shown apart (different test set), not ranked above.
        Ranking.Board prom = board(lb, "BM-DNA-PROMOTER");
        assertEquals(List.of("dnabert2@1=0.8357", "hyenadna@1=0.8357", "kmer_k6@1=0.8357"), rows(prom.main()));
        assertEquals(List.of("test set size 500 (main table: 1250)",
                        "dataset DS-DNA-PROMOTER (main table: DS-DNA-PROMOTERS-NONTATA); test set size 125 (main table: 1250)"),
                prom.apart().stream().map(Ranking.Table::apartReason).toList());
        assertEquals("hyenadna", prom.apart().get(1).rows().get(0).entry().modelKey());
        assertEquals("HyenaDNA", prom.apart().get(1).rows().get(0).entry().modelRaw());

        // identical fabricated scores are still shown, but flagged, and tie (shared rank, one tie group)
        assertEquals(List.of("DNABERT-2", "kmer_k6"), prom.identicalTo().get("DNA-PROMOTERS-hyenadna-20251218-184419"));
        assertEquals(List.of("Evo 2"), prom.identicalTo().get("DNA-promoters-caduceus-20251219-120012"));
        assertTrue(prom.main().rows().stream().allMatch(r -> r.band().equals("1–3")));

        // the robustness table separates different data; the dummy's best of 4 identical-data runs is one row
        Ranking.Board rob = board(lb, "robustness_testing");
        assertEquals(List.of("brainlm@1=0.9451", "brainjepa@2=0.9377", "swift@3=0.9234"), rows(rob.main()));

        // records of a benchmark that has no definition are reported, not silently dropped
        assertEquals(List.of("DNA-enhancers_cohn-kmer_baseline-20251219-023209.yaml", "DNA-promoters_nontata-kmer_baseline-20251219-023228.yaml",
                        "DNA-regulatory_ensembl-kmer_baseline-20251219-023248.yaml"),
                lb.skipped().stream().map(p -> p.file().getFileName().toString()).distinct().toList());
        assertEquals(35, lb.evalCount());
    }

    @Test
    void byteIdenticalWhateverTheFileOrder() throws Exception {
        List<Path> files = new ArrayList<>(EvalFiles.in(Paths.reference().resolve("evals")));
        Leaderboard first = build(files);
        String md = MarkdownPage.render(first), html = HtmlPage.render(first);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(files, new Random(seed));
            Leaderboard again = build(files);
            assertEquals(md, MarkdownPage.render(again), "Markdown differs after shuffle " + seed);
            assertEquals(html, HtmlPage.render(again), "HTML differs after shuffle " + seed);
        }
    }
}
