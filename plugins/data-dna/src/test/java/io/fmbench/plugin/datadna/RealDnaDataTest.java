package io.fmbench.plugin.datadna;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts from the SOURCE.txt files of ../shared/data (skipped when the data is absent). */
class RealDnaDataTest {

    private static long count(int[] classes, int c) {
        return Arrays.stream(classes).filter(x -> x == c).count();
    }

    @Test
    void gueCoreNonTataHasItsThreeSplits() throws Exception {
        var dir = SharedData.folder("gue_prom_core_notata");
        try (Dataset d = new DnaCsvLoader().load(new DatasetSource("gue", dir, Map.of()))) {
            assertEquals(42452 + 5307 + 5307, d.size());
            assertEquals(42452, d.predefinedSplits().get("train").length);
            assertEquals(5307, d.predefinedSplits().get("dev").length);
            int[] test = d.predefinedSplits().get("test");
            assertEquals(2659, Arrays.stream(test).filter(i -> d.targets().classes()[i] == 1).count());
            assertEquals(70, d.read(0, 1).sequences().get(0).length());
        }
    }

    @Test
    void genomicBenchmarksNonTataTestSplit() throws Exception {
        var file = SharedData.folder("human_nontata_promoters").resolve("test.csv");
        try (Dataset d = new DnaCsvLoader().load(new DatasetSource("gb", file, Map.of()))) {
            assertEquals(9034, d.size());
            assertEquals(4119, count(d.targets().classes(), 0));
            assertEquals(4915, count(d.targets().classes(), 1));
            float sum = 0;
            for (float v : d.read(0, 1).inputs().data()) sum += v;
            assertEquals(1f, sum, 1e-4f);
        }
    }
}
