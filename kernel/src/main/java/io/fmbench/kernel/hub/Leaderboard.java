package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.BenchmarkDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Everything a leaderboard page shows, computed from the eval records and the cards. Records are parsed (into entries) in parallel
 * but processed in file-name order, so the result does not depend on the order the files are given or listed in.
 * A record with errors is listed under {@code skipped} and leaves the rest untouched.
 */
public record Leaderboard(List<Ranking.Board> boards, List<Problem> skipped, List<String> warnings, int evalCount, int modelCount) {

    public static Leaderboard build(List<Path> files, Catalog catalog) {
        List<Path> sorted = files.stream().sorted(Comparator.comparing(Path::toString)).toList();
        EvalValidator validator = new EvalValidator(catalog, EvalValidator.Mode.LEADERBOARD);
        List<Read> results = IntStream.range(0, sorted.size()).parallel()
                .mapToObj(i -> Read.of(validator.validate(sorted.get(i)), catalog)).toList();

        List<Problem> skipped = new ArrayList<>();
        Map<String, List<Entry>> byBenchmark = new HashMap<>();
        Map<String, Path> seenIds = new HashMap<>();
        Set<String> models = new TreeSet<>();
        for (Read r : results) {
            if (r.entry() == null) {
                skipped.addAll(r.errors());
                continue;
            }
            Entry e = r.entry();
            Path earlier = seenIds.putIfAbsent(e.evalId(), r.file());
            if (earlier != null) {
                // Rare: the file is read again for the line rather than every record's lines being kept.
                skipped.add(Problem.error(r.file(), validator.validate(r.file()).doc().lineOf("eval_id"), "eval_id",
                        "'" + e.evalId() + "' is already used by " + earlier.getFileName() + "; this copy is skipped"));
                continue;
            }
            byBenchmark.computeIfAbsent(e.benchmarkId(), k -> new ArrayList<>()).add(e);
            models.add(e.modelKey());
        }
        List<Ranking.Board> boards = new ArrayList<>();
        for (BenchmarkDef b : catalog.benchmarks().values())
            boards.add(Ranking.board(b, byBenchmark.getOrDefault(b.id(), List.of())));
        return new Leaderboard(boards, skipped, catalog.warnings(), sorted.size(), models.size());
    }

    /**
     * One file as the merge needs it: its entry (null when invalid) or its errors. Made on the parsing threads, so the
     * parsed documents are dropped as soon as each file is done instead of all being held until the merge.
     */
    private record Read(Path file, Entry entry, List<Problem> errors) {
        static Read of(EvalValidator.Result r, Catalog catalog) {
            if (!r.valid()) return new Read(r.file(), null, r.problems().stream().filter(Problem::error).toList());
            return new Read(r.file(), Entries.from(r, catalog), List.of());
        }
    }
}
