package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Dataset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidatedTest {

    // 12 samples, 4 subjects of 3 samples each; the feature is right for samples 0-8 and wrong for 9-11 (subject s3)
    private static final float[] X = {.9f, .8f, .7f, .1f, .2f, .9f, .3f, .6f, .1f, .9f, .2f, .8f};
    private static final int[] Y = {1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0};
    private static final List<String> SUBJECTS = List.of("s0", "s0", "s0", "s1", "s1", "s1", "s2", "s2", "s2", "s3", "s3", "s3");

    @Test
    void groupedFoldsNeverTrainOnATestSubjectAndReportPerFoldAccuracy() throws Exception {
        Dataset d = TestData.dataset(X, Y, SUBJECTS, Map.of());
        TestData.Recorder model = new TestData.Recorder();
        Evaluated e = Evaluated.of("m", model, d, new Protocol(4, "subject", List.of(), 0), 7, 100);
        assertEquals(4, e.foldTests().size());
        for (int f = 0; f < 4; f++) {
            Set<String> testSubjects = new HashSet<>();
            for (int i : e.foldTests().get(f)) testSubjects.add(SUBJECTS.get(i));
            assertEquals(1, testSubjects.size(), "4 subjects over 4 folds: one subject per test fold");
            for (String id : model.trainedOn.get(f)) assertFalse(testSubjects.contains(SUBJECTS.get(Integer.parseInt(id.substring(1)))));
        }
        Map<String, Object> block = FoldMetrics.of(List.of(TestData.ACCURACY), Scoring.input(e.targets(), e.predictions()), e, v -> v);
        @SuppressWarnings("unchecked") Map<String, Object> acc = (Map<String, Object>) ((Map<String, Object>) block.get("metrics")).get("Accuracy");
        List<Object> perFold = new ArrayList<>((List<?>) acc.get("per_fold"));
        perFold.sort((a, b) -> Double.compare((Double) a, (Double) b));
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0), perFold); // subject s3's fold is all wrong, the others all right
        assertEquals(0.75, (Double) acc.get("mean"), 1e-12);
        assertEquals(0.5, (Double) acc.get("sd"), 1e-12); // sample sd of {0,1,1,1}: sqrt(0.75/3)
        assertEquals("4-fold grouped by subject", block.get("method"));
    }

    @Test
    void predefinedSplitTrainsOnTrainAndScoresTestOnly() throws Exception {
        Dataset d = TestData.dataset(X, Y, SUBJECTS, Map.of("train", new int[] {0, 1, 2, 3, 4, 5, 6, 7}, "test", new int[] {8, 9, 10, 11}));
        TestData.Recorder model = new TestData.Recorder();
        Evaluated e = Evaluated.of("m", model, d, new Protocol(5, null, List.of(), 0), 7, 100);
        assertEquals(1, model.trainedOn.size());
        assertEquals(Set.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"), model.trainedOn.get(0));
        assertEquals(List.of("s8", "s9", "s10", "s11"), e.sampleIds());
        assertArrayEquals(new int[] {0, 0, 1, 0}, e.targets().classes());
        assertArrayEquals(new int[] {0, 1, 0, 1}, e.predictions().labelsOrArgmax());
        assertTrue(e.foldTests().isEmpty());
    }

    @Test
    void missingGroupColumnIsNamed() {
        Dataset d = TestData.dataset(X, Y, SUBJECTS, Map.of());
        var ex = assertThrows(io.fmbench.kernel.FmbenchException.class,
                () -> Evaluated.of("m", new TestData.Recorder(), d, new Protocol(3, "site", List.of(), 0), 7, 100));
        assertTrue(ex.getMessage().contains("group_by") && ex.getMessage().contains("site"), ex.getMessage());
    }
}
