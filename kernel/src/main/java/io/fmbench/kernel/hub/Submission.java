package io.fmbench.kernel.hub;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.EvalYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files an eval record submitted in a GitHub issue (what the reference's bot does, with the checks it lacks): the
 * first ```yaml block of the body is validated as a submission, must not reuse an existing eval_id, and is written
 * atomically into the evals folder. The outcome is a Markdown comment for the issue, success or the exact failures.
 */
public final class Submission {

    private static final Pattern YAML_BLOCK = Pattern.compile("```[ \\t]*ya?ml[ \\t]*\\r?\\n([\\s\\S]*?)```", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVAL_ID_LINE = Pattern.compile("(?m)^eval_id:\\s*['\"]?([^'\"\\s#]+)");

    /** The outcome: whether it was filed, where, and the comment to post. */
    public record Outcome(boolean accepted, Path file, String comment) {}

    private Submission() {}

    public static Outcome ingest(String issueBody, Path evalsDir, Catalog catalog, Integer issueNumber) throws FmbenchException {
        Matcher m = YAML_BLOCK.matcher(issueBody);
        if (!m.find())
            return refused(List.of("No ```yaml block found in the issue. Paste your eval.yaml between a line ```yaml and a line ```."));
        String yaml = m.group(1);
        int offset = (int) issueBody.substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
        Path label = Path.of("eval.yaml");
        EvalValidator.Result r = new EvalValidator(catalog, EvalValidator.Mode.SUBMISSION).validate(label, yaml);
        List<Problem> errors = r.problems().stream().filter(Problem::error).toList();
        List<Problem> warnings = r.problems().stream().filter(p -> !p.error()).toList();
        if (!errors.isEmpty()) return refused(errors, offset);
        if (r.record().containsKey("submission_metadata"))
            return refused(List.of("`submission_metadata` is added by the bot; remove it from the block (line "
                    + (r.doc().lineOf("submission_metadata") + offset) + " of the issue)."));

        String evalId = (String) r.record().get("eval_id");
        Path existing = findExisting(evalsDir, evalId);
        if (existing != null)
            return refused(List.of("eval_id `" + evalId + "` is already used by `" + existing.getFileName()
                    + "`; existing records are never overwritten. Use a new eval_id (e.g. with a fresh timestamp)."));

        Map<String, Object> record = new LinkedHashMap<>(r.record());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", "github_issue");
        if (issueNumber != null) meta.put("issue_number", issueNumber);
        record.put("submission_metadata", meta);
        Path file;
        try {
            file = EvalYaml.file(evalsDir, evalId, record);
        } catch (FmbenchException e) {
            return refused(List.of(e.getMessage().replace(evalsDir.toString(), "evals")));
        }
        StringBuilder c = new StringBuilder("### ✅ Submission accepted\n\n");
        c.append("- **File**: `").append(evalsDir.getFileName()).append('/').append(file.getFileName()).append("`\n");
        c.append("- **Eval ID**: `").append(evalId).append("`\n");
        c.append("- **Benchmark**: `").append(record.get("benchmark_id")).append("`\n");
        c.append("- **Model**: `").append(((Map<?, ?>) record.get("model_ids")).values().iterator().next()).append("`\n\n");
        if (!warnings.isEmpty()) {
            c.append("Warnings (the record was accepted, but please check):\n\n");
            for (Problem p : warnings) c.append("- line ").append(p.line() + offset).append(", `").append(p.field()).append("`: ").append(p.message()).append('\n');
            c.append('\n');
        }
        c.append("The leaderboard is rebuilt by this same workflow run.\n");
        return new Outcome(true, file, c.toString());
    }

    private static Path findExisting(Path evalsDir, String evalId) throws FmbenchException {
        Path direct = evalsDir.resolve(evalId + ".yaml");
        if (Files.exists(direct)) return direct;
        if (!Files.isDirectory(evalsDir)) return null;
        try (Stream<Path> s = Files.list(evalsDir)) {
            for (Path f : s.filter(EvalFiles::isRecordFile).sorted().toList()) {
                Matcher m = EVAL_ID_LINE.matcher(Files.readString(f));
                if (m.find() && m.group(1).equals(evalId)) return f;
            }
            return null;
        } catch (IOException e) {
            throw new FmbenchException(evalsDir + ": cannot read the existing records (" + e.getMessage() + ")");
        }
    }

    private static Outcome refused(List<Problem> errors, int offset) {
        List<String> lines = new ArrayList<>();
        for (Problem p : errors)
            lines.add("line " + (p.line() + offset) + (p.field().isEmpty() ? "" : ", `" + p.field() + "`") + ": " + p.message());
        return refused(lines);
    }

    private static Outcome refused(List<String> reasons) {
        StringBuilder c = new StringBuilder("### ❌ Submission not accepted\n\n");
        c.append(reasons.size() == 1 ? "One problem" : reasons.size() + " problems").append(" (line numbers are lines of this issue's text):\n\n");
        for (String r : reasons) c.append("- ").append(r.replace("\n", " ")).append('\n');
        c.append("\nFix the `yaml` block and edit the issue; the check runs again. `fmbench validate eval.yaml` shows the same checks locally.\n");
        return new Outcome(false, null, c.toString());
    }
}
