package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.kernel.cli.FmbenchCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and outputs of validate / build-leaderboard / ingest on the reference's folders. */
class HubCommandsTest {

    @TempDir Path out;

    private static String[] dirs(Path r, String... rest) {
        String[] base = {"--benchmarks-dir", r.resolve("benchmarks").toString(), "--datasets-dir", r.resolve("datasets").toString(),
                "--models-dir", r.resolve("models").toString()};
        String[] all = new String[base.length + rest.length];
        System.arraycopy(rest, 0, all, 0, 1);
        System.arraycopy(base, 0, all, 1, base.length);
        System.arraycopy(rest, 1, all, 1 + base.length, rest.length - 1);
        return all;
    }

    @Test
    void validateExitsOneWhenAnyRecordIsInvalid() {
        Path r = Paths.reference();
        assertEquals(1, FmbenchCli.execute(dirs(r, "validate", r.resolve("evals").toString())));
        assertEquals(0, FmbenchCli.execute(dirs(r, "validate", r.resolve("evals/eval_dna_hyenadna_promoters.yaml").toString())));
        assertEquals(2, FmbenchCli.execute("validate"), "no FILE is a usage error");
    }

    @Test
    void buildLeaderboardSkipsBadRecordsAndWritesBothPages() throws Exception {
        Path r = Paths.reference();
        Path md = out.resolve("docs/index.md"), html = out.resolve("site/index.html");
        assertEquals(0, FmbenchCli.execute(dirs(r, "build-leaderboard", "--evals-dir", r.resolve("evals").toString(),
                "--output", md.toString(), "--html", html.toString())));
        assertTrue(Files.readString(md).contains("## Skipped records"));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        String page = Files.readString(html);
        assertTrue(!page.matches("(?s).*(src|href)=\"(https?:)?//.*") && !page.contains("url(http") && !page.contains("@import"),
                "the HTML page must not load network resources");
    }

    @Test
    void ingestExitCodes() throws Exception {
        Path r = Paths.reference();
        Path body = out.resolve("issue.md");
        String yaml = Files.readString(r.resolve("evals/eval_dna_dnabert2_promoters.yaml"))
                .replace("DNA-PROMOTERS-dnabert2-20251218-184427", "DNA-PROMOTERS-dnabert2-20260101-000000");
        Files.writeString(body, "Results below\n```yaml\n" + yaml + "```\n");
        Path evals = out.resolve("evals");
        assertEquals(0, FmbenchCli.execute(dirs(r, "ingest", "--issue-body", body.toString(), "--evals-dir", evals.toString(), "--issue-number", "7")));
        assertTrue(Files.exists(evals.resolve("DNA-PROMOTERS-dnabert2-20260101-000000.yaml")));
        assertEquals(1, FmbenchCli.execute(dirs(r, "ingest", "--issue-body", body.toString(), "--evals-dir", evals.toString())), "no overwrite");
    }
}
