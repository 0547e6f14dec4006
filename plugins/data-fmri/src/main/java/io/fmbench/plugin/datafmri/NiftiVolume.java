package io.fmbench.plugin.datafmri;

import io.fmbench.spi.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A NIfTI-1 single-file image ({@code .nii}, {@code .nii.gz}; magic "n+1"), either byte order, read whole into
 * memory as doubles with scl_slope/scl_inter applied. Voxel (x, y, z) at time t is
 * {@code data[x + nx * (y + ny * (z + nz * t))]}.
 */
record NiftiVolume(int nx, int ny, int nz, int nt, double[] data) {

    static NiftiVolume read(Path file) throws DataException {
        byte[] bytes;
        try (InputStream in = file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file), 1 << 16) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + "); is it a .nii or .nii.gz file?", e);
        }
        if (bytes.length < 352) throw new DataException(file + ": too short for a NIfTI-1 header (" + bytes.length + " bytes)");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 348) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != 348) throw new DataException(file + ": not a NIfTI-1 file (sizeof_hdr is not 348; NIfTI-2 is not supported)");
        }
        String magic = new String(bytes, 344, 3, java.nio.charset.StandardCharsets.US_ASCII);
        if (!magic.equals("n+1")) throw new DataException(file + ": NIfTI magic is '" + magic + "'; only single-file images (n+1) are supported");
        int rank = b.getShort(40);
        if (rank < 3 || rank > 4) throw new DataException(file + ": image has " + rank + " dimensions; expected a 3-D atlas or a 4-D time series");
        int nx = b.getShort(42), ny = b.getShort(44), nz = b.getShort(46), nt = rank == 4 ? b.getShort(48) : 1;
        int datatype = b.getShort(70);
        long offset = (long) b.getFloat(108);
        double slope = b.getFloat(112), inter = b.getFloat(116);
        if (slope == 0 || !Double.isFinite(slope)) {
            slope = 1;
            inter = 0;
        }
        long count = (long) nx * ny * nz * nt;
        int size = switch (datatype) {
            case 2, 256 -> 1;
            case 4, 512 -> 2;
            case 8, 16, 768 -> 4;
            case 64 -> 8;
            default -> throw new DataException(file + ": NIfTI datatype " + datatype + " is not supported (uint8, int8, int16, uint16, int32, uint32, float32, float64 are)");
        };
        if (offset + count * size > bytes.length)
            throw new DataException(file + ": truncated (" + bytes.length + " bytes, the header needs " + (offset + count * size) + ")");
        double[] data = new double[Math.toIntExact(count)];
        int p = (int) offset;
        for (int i = 0; i < data.length; i++, p += size) {
            double v = switch (datatype) {
                case 2 -> bytes[p] & 0xff;
                case 256 -> bytes[p];
                case 4 -> b.getShort(p);
                case 512 -> b.getShort(p) & 0xffff;
                case 8 -> b.getInt(p);
                case 768 -> b.getInt(p) & 0xffffffffL;
                case 16 -> b.getFloat(p);
                default -> b.getDouble(p);
            };
            data[i] = v * slope + inter;
        }
        return new NiftiVolume(nx, ny, nz, nt, data);
    }

    int voxels() {
        return nx * ny * nz;
    }
}
