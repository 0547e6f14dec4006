package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two files with one eval_id: the later one in name order is skipped, naming its eval_id line, whatever the order given. */
class LeaderboardDuplicatesTest {

    @TempDir Path dir;

    @Test
    void theLaterCopyIsSkippedAtItsEvalIdLine() throws Exception {
        Path first = SyntheticEvals.write(dir, "E1", "BM-C", "hyenadna", "DS-A", "AUROC", 0.8, null, "Completed", "2025-01-01");
        Path a = Files.move(first, dir.resolve("a.yaml"));
        Path b = dir.resolve("b.yaml");
        Files.writeString(b, "# a copy\n\n" + Files.readString(a));
        for (List<Path> order : List.of(List.of(a, b), List.of(b, a))) {
            Leaderboard lb = Leaderboard.build(order, SyntheticEvals.catalog());
            assertEquals(List.of(b + ":3: error: field 'eval_id': 'E1' is already used by a.yaml; this copy is skipped"),
                    lb.skipped().stream().map(Problem::format).toList());
            Ranking.Board bm = lb.boards().stream().filter(x -> x.bench().id().equals("BM-C")).findFirst().orElseThrow();
            assertEquals(List.of("E1"), bm.main().rows().stream().map(r -> r.entry().evalId()).toList());
        }
    }
}
