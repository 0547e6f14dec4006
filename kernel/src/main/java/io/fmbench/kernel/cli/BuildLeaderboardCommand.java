package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.hub.Catalog;
import io.fmbench.kernel.hub.EvalFiles;
import io.fmbench.kernel.hub.HtmlPage;
import io.fmbench.kernel.hub.Leaderboard;
import io.fmbench.kernel.hub.MarkdownPage;
import io.fmbench.kernel.hub.Problem;
import io.fmbench.kernel.output.AtomicFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "build-leaderboard", mixinStandardHelpOptions = true,
        description = {"Builds the leaderboard page (MkDocs Markdown) and optionally a one-file HTML site from the eval records.",
                "Malformed records are reported on stderr and skipped; they never stop the rebuild."})
final class BuildLeaderboardCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;
    @Mixin HubDirs dirs;

    @Option(names = "--evals-dir", paramLabel = "DIR", description = "Eval records (default: <root>/evals).")
    Path evalsDir;

    @Option(names = "--output", paramLabel = "FILE", description = "Markdown page (default: <root>/docs/leaderboards/index.md).")
    Path output;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page (sortable tables, error bars, robustness curves).")
    Path html;

    @Override
    public Integer call() throws FmbenchException {
        Workspace ws = root.common.workspace();
        Catalog catalog = dirs.catalog(ws);
        Path evals = evalsDir != null ? evalsDir : ws.root().resolve("evals");
        Leaderboard lb = Leaderboard.build(EvalFiles.in(evals), catalog);
        for (Problem p : lb.skipped()) System.err.println("skipped: " + p.format());
        Path md = output != null ? output : ws.root().resolve("docs/leaderboards/index.md");
        AtomicFiles.writeString(md, MarkdownPage.render(lb));
        System.out.println("Wrote " + md + " (" + lb.evalCount() + " records, " + lb.skipped().stream().map(Problem::file).distinct().count() + " skipped)");
        if (html != null) {
            AtomicFiles.writeString(html, HtmlPage.render(lb));
            System.out.println("Wrote " + html);
        }
        return 0;
    }
}
