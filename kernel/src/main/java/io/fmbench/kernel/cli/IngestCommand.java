package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.hub.Submission;
import io.fmbench.kernel.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Files the eval.yaml submitted in a GitHub issue: takes the first ```yaml block of the body, validates it, "
                + "refuses to overwrite an existing eval_id and writes it atomically into the evals folder.",
                "Prints a Markdown comment for the issue (success or the exact failures); exits 1 if the submission was refused."})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;
    @Mixin HubDirs dirs;

    @Option(names = "--issue-body", required = true, paramLabel = "FILE", description = "The issue's body (Markdown).")
    Path issueBody;

    @Option(names = "--evals-dir", paramLabel = "DIR", description = "Where records are filed (default: <root>/evals).")
    Path evalsDir;

    @Option(names = "--issue-number", paramLabel = "N", description = "Recorded under submission_metadata.issue_number.")
    Integer issueNumber;

    @Option(names = "--comment-file", paramLabel = "FILE", description = "Also write the Markdown comment to FILE.")
    Path commentFile;

    @Override
    public Integer call() throws FmbenchException {
        Workspace ws = root.common.workspace();
        String body;
        try {
            body = Files.readString(issueBody);
        } catch (IOException e) {
            throw new FmbenchException(issueBody + ": cannot read the issue body (" + e.getMessage() + ")");
        }
        Submission.Outcome o = Submission.ingest(body, evalsDir != null ? evalsDir : ws.root().resolve("evals"), dirs.catalog(ws), issueNumber);
        System.out.print(o.comment());
        if (commentFile != null) AtomicFiles.writeString(commentFile, o.comment());
        return o.accepted() ? 0 : 1;
    }
}
