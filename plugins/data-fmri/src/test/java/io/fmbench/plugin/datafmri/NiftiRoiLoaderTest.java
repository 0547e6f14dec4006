package io.fmbench.plugin.datafmri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NiftiRoiLoaderTest {

    @TempDir
    Path dir;

    /** A NIfTI-1 n+1 image with the given dims, datatype and scaling; values as raw numbers in file order. */
    static byte[] nifti(short[] dims, short datatype, float slope, float inter, double[] values, ByteOrder order) {
        int size = datatype == 4 ? 2 : datatype == 2 ? 1 : 4;
        ByteBuffer b = ByteBuffer.allocate(352 + values.length * size).order(order);
        b.putInt(0, 348);
        for (int i = 0; i < dims.length; i++) b.putShort(40 + 2 * i, dims[i]);
        b.putShort(70, datatype);
        b.putFloat(108, 352);
        b.putFloat(112, slope);
        b.putFloat(116, inter);
        b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        for (int i = 0; i < values.length; i++) {
            int p = 352 + i * size;
            switch (datatype) {
                case 4 -> b.putShort(p, (short) values[i]);
                case 2 -> b.put(p, (byte) values[i]);
                default -> b.putFloat(p, (float) values[i]);
            }
        }
        return b.array();
    }

    @Test
    void regionMeansWithScalingAndBigEndian() throws Exception {
        // 2 x 1 x 1 grid, 3 time points, int16 big-endian, slope 2, intercept 1: voxel values (raw*2+1)
        double[] raw = {1, 3, 2, 5, 0, 4};
        Files.write(dir.resolve("s1.nii"), nifti(new short[] {4, 2, 1, 1, 3, 1, 1, 1}, (short) 4, 2, 1, raw, ByteOrder.BIG_ENDIAN));
        Files.write(dir.resolve("atlas.nii"), nifti(new short[] {3, 2, 1, 1, 1, 1, 1, 1}, (short) 2, 0, 0, new double[] {7, 3}, ByteOrder.LITTLE_ENDIAN));
        Files.writeString(dir.resolve("subjects.csv"), "file,label\ns1.nii,patient\n");
        NiftiVolume v = NiftiVolume.read(dir.resolve("s1.nii"));
        AtlasReduction.Atlas atlas = AtlasReduction.Atlas.of(NiftiVolume.read(dir.resolve("atlas.nii")), dir.resolve("atlas.nii"));
        assertArrayEquals(new int[] {3, 7}, atlas.labels());
        // region label 3 is voxel x=1, label 7 is voxel x=0; time-major output
        assertArrayEquals(new float[] {7, 3, 11, 5, 9, 1}, AtlasReduction.reduce(v, atlas, dir), 1e-6f);
        try (Dataset d = new NiftiRoiLoader().load(new DatasetSource("N", dir,
                Map.of("atlas", "atlas.nii", "labels_file", "subjects.csv", "features", "raw")))) {
            // raw features are regions by time (time last, as robustness probes read them): region 3's series, then 7's
            assertArrayEquals(new int[] {2, 3}, d.sampleShape());
            assertArrayEquals(new float[] {7, 11, 9, 3, 5, 1}, d.read(0, 1).inputs().data(), 1e-6f);
            assertEquals(List.of("patient"), d.targets().classNames());
        }
    }

    @Test
    void gridMismatchIsClear() throws Exception {
        Files.write(dir.resolve("s.nii"), nifti(new short[] {4, 2, 1, 1, 1, 1, 1, 1}, (short) 16, 1, 0, new double[] {1, 2}, ByteOrder.LITTLE_ENDIAN));
        Files.write(dir.resolve("a.nii"), nifti(new short[] {3, 1, 1, 1, 1, 1, 1, 1}, (short) 2, 0, 0, new double[] {1}, ByteOrder.LITTLE_ENDIAN));
        AtlasReduction.Atlas atlas = AtlasReduction.Atlas.of(NiftiVolume.read(dir.resolve("a.nii")), dir);
        DataException e = assertThrows(DataException.class, () -> AtlasReduction.reduce(NiftiVolume.read(dir.resolve("s.nii")), atlas, dir.resolve("s.nii")));
        assertTrue(e.getMessage().contains("grid 2x1x1 differs from the atlas grid 1x1x1"), e.getMessage());
    }

    /** nitime's fmri1.nii.gz (BSD-3) with an atlas built here; expected means from fixtures/nitime_atlas_means.py. */
    @Test
    void nitimeImageMatchesNumpyFixture() throws Exception {
        Path nii = SharedData.folder("nitime_fmri").resolve("fmri1.nii.gz");
        NiftiVolume v = NiftiVolume.read(nii);
        assertArrayEquals(new int[] {10, 10, 18, 40}, new int[] {v.nx(), v.ny(), v.nz(), v.nt()});
        double[] labels = new double[v.voxels()];
        for (int z = 0; z < v.nz(); z++)
            for (int y = 0; y < v.ny(); y++)
                for (int x = 0; x < v.nx(); x++) labels[x + v.nx() * (y + v.ny() * z)] = x < 5 ? 1 : z < 9 ? 2 : 0;
        AtlasReduction.Atlas atlas = AtlasReduction.Atlas.of(new NiftiVolume(v.nx(), v.ny(), v.nz(), 1, labels), nii);
        float[] series = AtlasReduction.reduce(v, atlas, nii);
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/nitime_atlas_means.csv")) {
            lines = new String(in.readAllBytes()).lines().skip(1).toList();
        }
        assertEquals(3, lines.size());
        for (String line : lines) {
            String[] f = line.split(",");
            int t = Integer.parseInt(f[0]);
            assertEquals(Double.parseDouble(f[1]), series[t * 2], 1e-3);
            assertEquals(Double.parseDouble(f[2]), series[t * 2 + 1], 1e-3);
        }
    }
}
