package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionTest {

    @TempDir Path root;

    private static String body(String yaml) {
        return """
                ## Model Information
                Model Name: HyenaDNA

                ## eval.yaml (required for automatic processing)
                ```yaml
                """ + yaml + """
                ```

                ```yaml
                eval_id: second-block-is-ignored
                ```
                """;
    }

    private static final String YAML = """
            eval_id: SUB-hyenadna-20250101-000000
            benchmark_id: BM-C
            model_ids:
              candidate: HyenaDNA
            dataset_id: DS-A
            run_metadata:
              date: '2025-01-01'
            metrics:
              AUROC: 0.81
              Accuracy: 0.7
            status: Completed
            """;

    @Test
    void acceptsWritesAndRefusesToOverwrite() throws Exception {
        Path evals = root.resolve("evals");
        Submission.Outcome o = Submission.ingest(body(YAML), evals, SyntheticEvals.catalog(), 42);
        assertTrue(o.accepted(), o.comment());
        assertEquals(evals.resolve("SUB-hyenadna-20250101-000000.yaml"), o.file());
        assertTrue(o.comment().startsWith("### ✅ Submission accepted"), o.comment());
        EvalValidator.Result r = new EvalValidator(SyntheticEvals.catalog(), EvalValidator.Mode.SUBMISSION).validate(o.file());
        assertTrue(r.valid(), r.problems().toString());
        assertEquals(Map.of("source", "github_issue", "issue_number", 42L), r.record().get("submission_metadata"));
        assertEquals(0.81, ((Map<?, ?>) r.record().get("metrics")).get("AUROC"));
        String written = Files.readString(o.file());

        Submission.Outcome again = Submission.ingest(body(YAML.replace("AUROC: 0.81", "AUROC: 0.99")), evals, SyntheticEvals.catalog(), 43);
        assertFalse(again.accepted());
        assertTrue(again.comment().contains("eval_id `SUB-hyenadna-20250101-000000` is already used by `SUB-hyenadna-20250101-000000.yaml`"), again.comment());
        assertEquals(written, Files.readString(o.file()), "the existing record must be kept as it was");
        // also under another file name
        Files.move(o.file(), evals.resolve("renamed.yaml"));
        assertFalse(Submission.ingest(body(YAML), evals, SyntheticEvals.catalog(), 44).accepted());
    }

    @Test
    void reportsEachProblemWithItsLineInTheIssue() throws Exception {
        Path evals = root.resolve("evals");
        Submission.Outcome o = Submission.ingest(body(YAML.replace("AUROC: 0.81", "AUROC: 1.5").replace("DS-A", "DS-NOPE")), evals,
                SyntheticEvals.catalog(), 1);
        assertFalse(o.accepted());
        // the yaml block starts on line 6 of the body: dataset_id is its line 5 -> issue line 10; AUROC line 9 -> 14
        assertTrue(o.comment().contains("- line 10, `dataset_id`: 'DS-NOPE' has no dataset card"), o.comment());
        assertTrue(o.comment().contains("- line 14, `metrics.AUROC`: is 1.5, outside the metric's range [0, 1]"), o.comment());
        assertTrue(o.comment().startsWith("### ❌ Submission not accepted\n\n2 problems"), o.comment());
        assertFalse(Files.exists(evals), "nothing is written for a refused submission");
    }

    @Test
    void unsafeIdsAndMissingBlocksAreRefused() throws Exception {
        Path evals = root.resolve("evals");
        Submission.Outcome unsafe = Submission.ingest(body(YAML.replace("eval_id: SUB-hyenadna-20250101-000000", "eval_id: ../../pwned")),
                evals, SyntheticEvals.catalog(), 1);
        assertFalse(unsafe.accepted());
        assertTrue(unsafe.comment().contains("`eval_id`: '../../pwned' does not match"), unsafe.comment());
        try (var s = Files.walk(root)) {
            assertEquals(List.of(root), s.toList());
        }
        Submission.Outcome none = Submission.ingest("I ran it and got 0.9!", evals, SyntheticEvals.catalog(), 1);
        assertFalse(none.accepted());
        assertTrue(none.comment().contains("No ```yaml block found"), none.comment());
    }
}
