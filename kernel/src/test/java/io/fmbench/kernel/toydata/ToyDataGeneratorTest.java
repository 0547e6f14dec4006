package io.fmbench.kernel.toydata;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.npy.Npy;
import io.fmbench.spi.npy.NpyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToyDataGeneratorTest {

    @TempDir Path dir;

    @Test
    void writesTheReferenceLayoutShapesAndDtypes() throws Exception {
        new ToyDataGenerator(42).generateAll(dir);
        check("neuro/fmri_classification", NpyType.FLOAT64, new long[] {200, 100}, new long[] {200},
                "subject_id,age,sex,site,scanner,disease_stage,ethnicity,diagnosis");
        check("genomics/gene_expression_classification", NpyType.FLOAT64, new long[] {200, 50}, new long[] {200},
                "subject_id,age,sex,site,scanner,disease_stage,ethnicity,diagnosis");
        check("neuro/regression", NpyType.FLOAT64, new long[] {200, 100}, new long[] {200, 100}, "subject_id,age");
        check("neuro/robustness", NpyType.FLOAT32, new long[] {100, 16, 500}, new long[] {100}, "subject_id,age,sex,site,label");
        check("neuro/eeg_classification", NpyType.FLOAT32, new long[] {150, 32, 1000}, new long[] {150}, "subject_id,age,sex,site,label");
        assertEquals(NpyType.INT64, Npy.header(dir.resolve("neuro/robustness/y.npy")).type());
        String info = Files.readString(dir.resolve("neuro/eeg_classification/info.json"));
        assertTrue(info.contains("\"sampling_freq\": 256") && info.contains("\"n_channels\": 32"), info);
        double[] y3 = Npy.readDoubles(dir.resolve("genomics/gene_expression_classification/y.npy"));
        assertEquals(3, java.util.Arrays.stream(y3).distinct().count());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithWhatToDo() throws Exception {
        Path blocked = Files.writeString(dir.resolve("toy_data"), "a file where the toy data folder belongs");
        var e = assertThrows(io.fmbench.kernel.FmbenchException.class, () -> new ToyDataGenerator(42).generate(blocked, "neuro/regression"));
        assertTrue(e.getMessage().startsWith(blocked.resolve("neuro/regression") + ": cannot write toy data ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("copy the installation's configs/ there and give it with --root (or FMBENCH_ROOT)"), e.getMessage());
    }

    @Test
    void timeSeriesAreZScoredGlobally() throws Exception {
        new ToyDataGenerator(42).generate(dir, "neuro/robustness");
        float[] x = Npy.readFloats(dir.resolve("neuro/robustness/X.npy"));
        double mean = 0, sq = 0;
        for (float v : x) mean += v;
        mean /= x.length;
        for (float v : x) sq += (v - mean) * (v - mean);
        assertEquals(0, mean, 1e-4);
        assertEquals(1, Math.sqrt(sq / x.length), 1e-3);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherData() throws Exception {
        new ToyDataGenerator(42).generate(dir.resolve("a"), "neuro/regression");
        new ToyDataGenerator(42).generate(dir.resolve("b"), "neuro/regression");
        new ToyDataGenerator(7).generate(dir.resolve("c"), "neuro/regression");
        for (String f : List.of("X.npy", "y.npy", "metadata.csv"))
            assertEquals(-1, Files.mismatch(dir.resolve("a/neuro/regression").resolve(f), dir.resolve("b/neuro/regression").resolve(f)), f);
        assertNotEquals(-1, Files.mismatch(dir.resolve("a/neuro/regression/X.npy"), dir.resolve("c/neuro/regression/X.npy")));
    }

    private void check(String set, NpyType xType, long[] xShape, long[] yShape, String header) throws Exception {
        Path d = dir.resolve(set);
        assertEquals(xType, Npy.header(d.resolve("X.npy")).type(), set);
        assertArrayEquals(xShape, Npy.header(d.resolve("X.npy")).shape(), set);
        assertArrayEquals(yShape, Npy.header(d.resolve("y.npy")).shape(), set);
        List<String> lines = Files.readAllLines(d.resolve("metadata.csv"));
        assertEquals(header, lines.get(0), set);
        assertEquals(xShape[0] + 1, lines.size(), set);
    }
}
