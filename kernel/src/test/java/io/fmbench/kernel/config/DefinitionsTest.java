package io.fmbench.kernel.config;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionsTest {

    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsDeclaredPrimaryMetricAndDirection() throws Exception {
        write("b/a.yaml", "benchmark_id: BM-X\nai_task: Reconstruction\nmetrics:\n  primary: MSE\n");
        write("b/b.yaml", "benchmark_id: BM-002\nai_task: Classification\nmetrics:\n  primary: \"F1-Score (Macro)\"\n");
        write("b/c.yaml", "benchmark_id: BM-P\nai_task: Classification\nmetrics:\n  primary: [AUROC]\n");
        write("b/d.yaml", "benchmark_id: BM-L\nai_task: Regression\nmetrics:\n  primary: Pearson\n  direction: lower\n");
        Map<String, BenchmarkDef> b = Definitions.loadBenchmarks(dir.resolve("b"));
        assertEquals("MSE", b.get("BM-X").primaryMetric());
        assertEquals(Direction.LOWER_IS_BETTER, b.get("BM-X").direction());
        assertEquals(Task.REGRESSION, b.get("BM-X").task());
        assertEquals("F1-Score", b.get("BM-002").primaryMetric());
        assertEquals(Direction.HIGHER_IS_BETTER, b.get("BM-002").direction());
        assertEquals("AUROC", b.get("BM-P").primaryMetric());
        assertEquals(Direction.LOWER_IS_BETTER, b.get("BM-L").direction());
        assertTrue(b.get("BM-L").directionDeclared());
    }

    @Test
    void duplicateIdsNameBothFiles() throws Exception {
        write("s/one.yaml", "suite_id: S\nbenchmark_id: B\n");
        write("s/two.yaml", "suite_id: S\nbenchmark_id: B\n");
        FmbenchException e = assertThrows(FmbenchException.class, () -> Definitions.loadSuites(dir.resolve("s")));
        assertTrue(e.getMessage().contains("one.yaml") && e.getMessage().contains("two.yaml"), e.getMessage());
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        write("b/x.yaml", "benchmark_id: BM-X\nname: no task here\n");
        FmbenchException e = assertThrows(FmbenchException.class, () -> Definitions.loadBenchmarks(dir.resolve("b")));
        assertTrue(e.getMessage().contains("x.yaml") && e.getMessage().contains("'ai_task'"), e.getMessage());
    }

    @Test
    void malformedYamlNamesFileAndLine() throws Exception {
        Path f = write("s/bad.yaml", "suite_id: S\nbenchmark_id: [unclosed\nname: x\n");
        FmbenchException e = assertThrows(FmbenchException.class, () -> YamlFiles.readMap(f));
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
        assertTrue(e.getMessage().matches(".*bad\\.yaml:\\d+:\\d+: malformed YAML.*"), e.getMessage());
    }

    @Test
    void suiteWithBenchmarkListHasOneEntryPerBenchmark() throws Exception {
        write("s/dna.yaml", """
                suite_id: SUITE-DNA-CLASS
                benchmarks:
                  - benchmark_id: BM-DNA-ENHANCER
                    dataset_id: DS-E
                  - benchmark_id: BM-DNA-PROMOTER
                    dataset_id: DS-P
                """);
        SuiteDef s = Definitions.loadSuites(dir.resolve("s")).get("SUITE-DNA-CLASS");
        assertEquals(2, s.entries().size());
        assertEquals(new SuiteDef.Entry("BM-DNA-PROMOTER", "DS-P"), s.entries().get(1));
        assertEquals("BM-DNA-ENHANCER+BM-DNA-PROMOTER", s.benchmarkLabel());
    }

    @Test
    void suiteWithoutBenchmarkIsRefused() throws Exception {
        write("s/x.yaml", "suite_id: S\nname: nothing to run\n");
        FmbenchException e = assertThrows(FmbenchException.class, () -> Definitions.loadSuites(dir.resolve("s")));
        assertTrue(e.getMessage().contains("benchmark_id"), e.getMessage());
    }

    @Test
    void modelCardsMatchAliasesWhateverTheCase() throws Exception {
        write("m/h.yaml", "model_id: hyenadna\nname: HyenaDNA\naliases: [HyenaDNA-small]\n");
        Files.createDirectories(dir.resolve("configs"));
        Definitions d = Definitions.load(new Workspace(dir, dir.resolve("none"), dir.resolve("none"), dir.resolve("none"), dir.resolve("m")));
        assertEquals("hyenadna", d.modelCard("HyenaDNA").orElseThrow().id());
        assertEquals("hyenadna", d.modelCard("hyenadna-SMALL").orElseThrow().id());
        assertTrue(d.modelCard("caduceus").isEmpty());
    }

    @Test
    void readsTheReferenceDefinitionsUnchanged() throws Exception {
        Path ref = Path.of(System.getProperty("fmbench.project.root", ".")).resolve("../shared/seed-parity/reference");
        Assumptions.assumeTrue(Files.isDirectory(ref), "../shared/seed-parity absent: skipping the reference definitions check");
        Map<String, SuiteDef> suites = Definitions.loadSuites(ref.resolve("tests"));
        assertEquals(5, suites.size());
        assertEquals("DS-PBMC", suites.get("SUITE-GEN-CLASS-001").entries().get(0).datasetId());
        assertEquals(2, suites.get("SUITE-DNA-CLASS").entries().size());
        Map<String, BenchmarkDef> b = Definitions.loadBenchmarks(ref.resolve("benchmarks"));
        assertFalse(b.containsKey(Definitions.TEMPLATE_BENCHMARK_ID));
        assertEquals("F1-Score", b.get("BM-002").primaryMetric());
        assertEquals(Direction.LOWER_IS_BETTER, b.get("BM-BRAIN-MAE").direction());
        assertEquals(Task.ROBUSTNESS, b.get("robustness_testing").task());
    }

    @Test
    void referenceDatasetCardsWithADuplicateIdAreRefused() {
        Path ref = Path.of(System.getProperty("fmbench.project.root", ".")).resolve("../shared/seed-parity/reference/datasets");
        Assumptions.assumeTrue(Files.isDirectory(ref), "../shared/seed-parity absent: skipping");
        // fms_medical_catalog.yaml and fms_medical_cursor.yaml both declare dataset_id fms_medical_catalog (spec §3)
        FmbenchException e = assertThrows(FmbenchException.class, () -> Definitions.loadDatasets(ref));
        assertTrue(e.getMessage().contains("fms_medical_c"), e.getMessage());
    }
}
