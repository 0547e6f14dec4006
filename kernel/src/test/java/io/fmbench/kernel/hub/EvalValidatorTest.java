package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.ModelCard;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Task;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvalValidatorTest {

    static Catalog smallCatalog() {
        BenchmarkDef bm = new BenchmarkDef("BM-X", "X", "Classification", Task.CLASSIFICATION, "", "", "", "AUROC",
                Direction.HIGHER_IS_BETTER, false, Map.of(), Path.of("bm.yaml"));
        DatasetCard ds = new DatasetCard("DS-X", "X data", null, Map.of(), Path.of("ds.yaml"));
        ModelCard m = new ModelCard("hyenadna", "HyenaDNA", List.of("hyena"), Map.of(), Path.of("m.yaml"));
        return new Catalog(Map.of("BM-X", bm), Map.of("DS-X", ds), Map.of("hyenadna", m), List.of());
    }

    private static final String GOOD = """
            eval_id: SUITE-X-hyenadna-20250101-000000-ab12
            benchmark_id: BM-X
            model_ids:
              candidate: hyenadna
            dataset_id: DS-X
            run_metadata:
              date: '2025-01-01'
              n_samples: 200
              dataset_sha256: {X.npy: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef}
            metrics:
              AUROC: 0.81
              Accuracy: 0.75
              MCC: null
            status: Completed
            primary_metric: {name: AUROC, direction: higher}
            metric_directions: {AUROC: higher, Accuracy: higher, MCC: higher}
            undefined_metrics:
              MCC: no sample is predicted positive
            uncertainty:
              AUROC: {ci95: [0.75, 0.86], method: stratified bootstrap, n_resamples: 1000}
            """;

    private static List<Problem> check(String text, EvalValidator.Mode mode) {
        return new EvalValidator(smallCatalog(), mode).validate(Path.of("e.yaml"), text).problems();
    }

    private static List<String> errors(String text) {
        return check(text, EvalValidator.Mode.SUBMISSION).stream().filter(Problem::error).map(Problem::format).toList();
    }

    @Test
    void aCompleteFmbenchRecordIsValid() {
        assertEquals(List.of(), check(GOOD, EvalValidator.Mode.SUBMISSION).stream().map(Problem::format).toList());
    }

    @Test
    void aPartialRecordWithItsFailuresIsValidAndAMalformedFailureIsNamed() {
        String partial = GOOD.replace("status: Completed", """
                status: Partial
                failures:
                  - {benchmark_id: BM-X, dataset_id: DS-X, seed: 2, error: "model 'm' crashed"}""");
        assertEquals(List.of(), errors(partial));
        assertEquals(List.of("e.yaml:16: error: field 'failures[0].seed': must be a whole number, got 'two'"),
                errors(partial.replace("seed: 2", "seed: two")));
    }

    @Test
    void outOfRangeValueNamesFileLineAndField() {
        assertEquals(List.of("e.yaml:11: error: field 'metrics.AUROC': is 1.2, outside the metric's range [0, 1]"),
                errors(GOOD.replace("AUROC: 0.81", "AUROC: 1.2")));
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertEquals(List.of("e.yaml:12: error: field 'metrics.Accuracy': must be a finite number or null, got NaN"),
                errors(GOOD.replace("Accuracy: 0.75", "Accuracy: .nan")));
    }

    @Test
    void nullNeedsAReason() {
        List<String> e = errors(GOOD.replace("undefined_metrics:\n  MCC: no sample is predicted positive\n", ""));
        assertEquals(List.of("e.yaml:13: error: field 'metrics.MCC': is null but undefined_metrics.MCC gives no reason; add the reason or the value"), e);
    }

    @Test
    void unsafeEvalIdIsRefused() {
        List<String> e = errors(GOOD.replace("eval_id: SUITE-X-hyenadna-20250101-000000-ab12", "eval_id: ../../etc/passwd"));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("e.yaml:1: error: field 'eval_id': '../../etc/passwd' does not match"), e.get(0));
    }

    @Test
    void unknownNamesAreErrorsForSubmissionsButWarningsOnTheLeaderboard() {
        String text = GOOD.replace("dataset_id: DS-X", "dataset_id: DS-NOPE").replace("Accuracy: 0.75", "Acuracy: 0.75")
                .replace("Accuracy: higher, ", "");
        assertEquals(List.of(
                "e.yaml:5: error: field 'dataset_id': 'DS-NOPE' has no dataset card; add one to the datasets folder or use a known id",
                "e.yaml:12: error: field 'metrics.Acuracy': 'Acuracy' is not a known metric name (e.g. AUROC, Accuracy, F1-Score, MSE, R2, robustness_score)"),
                errors(text));
        assertTrue(check(text, EvalValidator.Mode.LEADERBOARD).stream().noneMatch(Problem::error));
    }

    @Test
    void intervalsMustBeOrderedAndInRange() {
        assertEquals(List.of("e.yaml:20: error: field 'uncertainty.AUROC.ci95': lower bound 0.86 is above upper bound 0.75"),
                errors(GOOD.replace("[0.75, 0.86]", "[0.86, 0.75]")));
        assertEquals(List.of("e.yaml:20: error: field 'uncertainty.AUROC.ci95': [0.75, 1.5] leaves the metric's range [0, 1]"),
                errors(GOOD.replace("[0.75, 0.86]", "[0.75, 1.5]")));
    }

    @Test
    void missingKeysAndBadStatus() {
        String text = "eval_id: x\nbenchmark_id: BM-X\nmodel_ids: {}\nmetrics: {AUROC: 0.5}\nstatus: Done\n";
        assertEquals(List.of(
                "e.yaml:1: error: field 'dataset_id': is required but missing",
                "e.yaml:3: error: field 'model_ids': must have at least 1 entry",
                "e.yaml:5: error: field 'status': must be one of [Completed, Failed, Partial], got 'Done'"), errors(text));
    }

    /** Acceptance: every one of the reference's 35 records validates or fails with a precise reason. */
    @Test
    void theReferenceRecords() throws Exception {
        Path evals = Paths.reference().resolve("evals");
        EvalValidator v = new EvalValidator(Paths.referenceCatalog(), EvalValidator.Mode.SUBMISSION);
        Map<String, List<String>> errorsByFile = new TreeMap<>();
        for (Path f : EvalFiles.in(evals)) {
            List<String> e = v.validate(f).problems().stream().filter(Problem::error)
                    .map(p -> p.line() + " " + p.field()).collect(Collectors.toList());
            if (!e.isEmpty()) errorsByFile.put(f.getFileName().toString(), e);
        }
        assertEquals(35, EvalFiles.in(evals).size());
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                // run-dna records: benchmark dna_classification has no definition, dataset ids match no card
                "DNA-enhancers_cohn-kmer_baseline-20251219-023209.yaml", List.of("2 benchmark_id", "5 dataset_id"),
                "DNA-promoters_nontata-kmer_baseline-20251219-023228.yaml", List.of("2 benchmark_id", "5 dataset_id"),
                "DNA-regulatory_ensembl-kmer_baseline-20251219-023248.yaml", List.of("2 benchmark_id", "5 dataset_id"),
                // script records naming datasets without cards
                "FMRI-brainjepa-20251219-120049.yaml", List.of("2 dataset_id"),
                "FMRI-brainlm-20251219-120049.yaml", List.of("2 dataset_id"),
                "ROBUSTNESS-brainjepa-20251219-120152.yaml", List.of("2 dataset_id"),
                "ROBUSTNESS-brainlm-20251219-120152.yaml", List.of("2 dataset_id"),
                "eval_dna_hyenadna_real_enhancer.yaml", List.of("5 dataset_id"),
                "eval_dna_hyenadna_real_promoter.yaml", List.of("5 dataset_id"),
                "eval_swift_robustness.yaml", List.of("5 dataset_id")));
        assertEquals(expected, errorsByFile);
        // the AUROC 0.0 sentinels are flagged (not silently accepted as a score)
        List<Problem> bm002 = v.validate(evals.resolve("SUITE-GEN-CLASS-001-geneformer-20251218-091402.yaml")).problems();
        assertTrue(bm002.stream().anyMatch(p -> !p.error() && p.field().equals("metrics.AUROC") && p.line() == 13), bm002.toString());
        assertFalse(bm002.stream().anyMatch(Problem::error));
    }
}
