package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML leaderboard in a real headless Chromium (Debian package {@code chromium}): the page's own #selftest
 * clicks every sortable header twice and checks the order, counts error bars and records console errors; the result
 * comes back through {@code --dump-dom}. A screenshot is kept under target/ as an artifact. Skipped without chromium.
 */
class HtmlInChromiumTest {

    @TempDir Path evals;

    private static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome"))
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        return null;
    }

    private static String run(Path chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + Files.createTempDirectory("fmbench-chromium")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void sortingErrorBarsAndNoConsoleErrors() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium); HTML check skipped");
        // two tables with intervals (4 error bars) and the reference-style robustness curves are not needed here
        SyntheticEvals.write(evals, "a", "BM-C", "A", "DS-A", "AUROC", 0.85, new double[] {0.80, 0.90}, "Completed", "2025-01-01", "Accuracy: 0.8");
        SyntheticEvals.write(evals, "b", "BM-C", "hyenadna", "DS-A", "AUROC", 0.62, new double[] {0.55, 0.70}, "Completed", "2025-01-02", "Accuracy: 0.6");
        SyntheticEvals.write(evals, "c", "BM-C", "Zed", "DS-A", "AUROC", 0.71, new double[] {0.64, 0.78}, "Completed", "2025-01-03", "Accuracy: 0.7");
        SyntheticEvals.write(evals, "r1", "BM-R", "A", "DS-A", "MSE", 0.30, new double[] {0.25, 0.35}, "Completed", "2025-01-01");
        SyntheticEvals.write(evals, "r2", "BM-R", "B", "DS-A", "MSE", 0.10, null, "Completed", "2025-01-01");
        Leaderboard lb = Leaderboard.build(EvalFiles.in(evals), SyntheticEvals.catalog());

        Path target = Paths.projectRoot().resolve("kernel/target/leaderboard-html");
        Files.createDirectories(target);
        Path page = target.resolve("index.html");
        Files.writeString(page, HtmlPage.render(lb));

        String dom = run(chromium, "--dump-dom", page.toUri() + "#selftest");
        Matcher m = Pattern.compile("<pre id=\"selftest\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the page's self-test did not run; DOM was:\n" + dom.substring(0, Math.min(500, dom.length())));
        String result = m.group(1).replace("&quot;", "\"");
        assertTrue(result.contains("\"tables\":2"), result);
        assertTrue(result.contains("\"sortChecks\":8"), result);
        assertTrue(result.contains("\"sortFailures\":[]"), result);
        assertTrue(result.contains("\"errorBars\":4"), result);
        assertTrue(result.contains("\"points\":5"), result);
        assertTrue(result.contains("\"errors\":[]"), result);

        Path shot = target.resolve("leaderboard.png");
        Files.deleteIfExists(shot);
        run(chromium, "--hide-scrollbars", "--window-size=1280,1400", "--screenshot=" + shot, page.toUri().toString());
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot + " is missing or empty");
        byte[] png = Files.readAllBytes(shot);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    /** The reference's records: strata tables, robustness curves, tables shown apart; all sortable, no script errors. */
    @Test
    void theReferencePageSortsEveryTableWithoutErrors() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed; HTML check skipped");
        Leaderboard lb = Leaderboard.build(EvalFiles.in(Paths.reference().resolve("evals")), Paths.referenceCatalog());
        Path target = Paths.projectRoot().resolve("kernel/target/leaderboard-html");
        Files.createDirectories(target);
        Path page = target.resolve("reference.html");
        Files.writeString(page, HtmlPage.render(lb));
        String dom = run(chromium, "--dump-dom", page.toUri() + "#selftest");
        Matcher m = Pattern.compile("<pre id=\"selftest\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the page's self-test did not run");
        String result = m.group(1).replace("&quot;", "\"");
        assertTrue(result.contains("\"sortFailures\":[]") && result.contains("\"errors\":[]"), result);
        // 6 stratum tables (Toy benchmark) are among the sorted tables; the dummy's robustness runs draw curves
        assertTrue(result.matches(".*\"tables\":(1[5-9]|[2-9][0-9]).*"), result);
        assertTrue(result.matches(".*\"curves\":[1-9][0-9]*.*"), result);
        run(chromium, "--hide-scrollbars", "--window-size=1280,3000", "--screenshot=" + target.resolve("reference.png"), page.toUri().toString());
    }

    @Test
    void theSelfTestCatchesABrokenSort() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed; HTML check skipped");
        SyntheticEvals.write(evals, "a", "BM-C", "A", "DS-A", "AUROC", 0.85, null, "Completed", "2025-01-01");
        SyntheticEvals.write(evals, "b", "BM-C", "B", "DS-A", "AUROC", 0.62, null, "Completed", "2025-01-01");
        String html = HtmlPage.render(Leaderboard.build(EvalFiles.in(evals), SyntheticEvals.catalog()))
                .replace("return asc?c:-c;", "return 0;"); // sorting that does nothing must be caught
        Path page = Files.createTempDirectory("fmbench-html").resolve("broken.html");
        Files.writeString(page, html);
        String dom = run(chromium, "--dump-dom", page.toUri() + "#selftest");
        assertTrue(dom.contains("sortFailures&quot;:[&quot;") || dom.contains("sortFailures\":[\""), "a broken sort went unnoticed");
    }
}
