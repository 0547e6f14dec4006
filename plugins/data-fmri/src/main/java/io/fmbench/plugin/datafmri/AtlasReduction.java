package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Reduces a 4-D image to ROI time series with a 3-D label atlas of the same grid: each region (atlas label &gt; 0,
 * in ascending label order) is the mean over its voxels at every time point. Output is time-major: x[t * regions + r].
 */
final class AtlasReduction {

    /** The atlas's region labels in ascending order and the region index of every voxel (-1 outside). */
    record Atlas(int[] labels, int[] regionOfVoxel, int nx, int ny, int nz) {

        static Atlas of(NiftiVolume v, Path file) throws DataException {
            if (v.nt() != 1) throw new DataException(file + ": an atlas must be 3-D, this image has " + v.nt() + " volumes");
            TreeSet<Integer> labels = new TreeSet<>();
            for (double d : v.data()) {
                if (d != Math.rint(d)) throw new DataException(file + ": atlas value " + d + " is not a whole-number label");
                if (d > 0) labels.add((int) d);
            }
            if (labels.isEmpty()) throw new DataException(file + ": atlas has no region (no label > 0)");
            int[] sorted = labels.stream().mapToInt(Integer::intValue).toArray();
            int[] region = new int[v.voxels()];
            for (int i = 0; i < region.length; i++) region[i] = v.data()[i] > 0 ? java.util.Arrays.binarySearch(sorted, (int) v.data()[i]) : -1;
            return new Atlas(sorted, region, v.nx(), v.ny(), v.nz());
        }
    }

    private AtlasReduction() {}

    static float[] reduce(NiftiVolume image, Atlas atlas, Path file) throws DataException {
        if (image.nx() != atlas.nx() || image.ny() != atlas.ny() || image.nz() != atlas.nz())
            throw new DataException(file + ": grid " + image.nx() + "x" + image.ny() + "x" + image.nz() + " differs from the atlas grid "
                    + atlas.nx() + "x" + atlas.ny() + "x" + atlas.nz() + "; resample one of them");
        int regions = atlas.labels().length, voxels = image.voxels();
        int[] size = new int[regions];
        for (int r : atlas.regionOfVoxel()) if (r >= 0) size[r]++;
        float[] out = new float[image.nt() * regions];
        double[] sum = new double[regions];
        for (int t = 0; t < image.nt(); t++) {
            java.util.Arrays.fill(sum, 0);
            for (int i = 0; i < voxels; i++) {
                int r = atlas.regionOfVoxel()[i];
                if (r >= 0) sum[r] += image.data()[t * voxels + i];
            }
            for (int r = 0; r < regions; r++) out[t * regions + r] = (float) (sum[r] / size[r]);
        }
        return out;
    }
}
