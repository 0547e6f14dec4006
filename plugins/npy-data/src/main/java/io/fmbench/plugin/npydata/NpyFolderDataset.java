package io.fmbench.plugin.npydata;

import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Tensor;
import io.fmbench.spi.npy.NpyFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A folder of X.npy (read per batch), y.npy, optional metadata.csv and info.json. */
final class NpyFolderDataset implements Dataset {

    private final String id;
    private final NpyFile x;
    private final int[] shape;
    private final Targets targets;
    private final SampleTable metadata;
    private final List<String> ids;
    private final Map<String, Object> info;
    private final List<Path> files;

    NpyFolderDataset(String id, NpyFile x, Targets targets, SampleTable metadata, List<String> ids, Map<String, Object> info, List<Path> files) {
        this.id = id;
        this.x = x;
        this.shape = x.header().intShape();
        this.targets = targets;
        this.metadata = metadata;
        this.ids = List.copyOf(ids);
        this.info = Map.copyOf(info);
        this.files = List.copyOf(files);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int size() {
        return shape[0];
    }

    @Override
    public int[] sampleShape() {
        return java.util.Arrays.copyOfRange(shape, 1, shape.length);
    }

    @Override
    public Targets targets() {
        return targets;
    }

    @Override
    public SampleTable metadata() {
        return metadata;
    }

    @Override
    public List<String> sampleIds() {
        return ids;
    }

    @Override
    public Map<String, Object> info() {
        return info;
    }

    @Override
    public Batch read(int from, int to) throws DataException {
        return read(from, to, null);
    }

    @Override
    public Batch read(int from, int to, float[] reuse) throws DataException {
        if (from < 0 || to > size() || from > to) throw new IndexOutOfBoundsException("samples " + from + ".." + to + " of " + size());
        int per = 1;
        for (int i = 1; i < shape.length; i++) per *= shape[i];
        float[] data = x.readFloats((long) from * per, (to - from) * per, reuse);
        if (!knownFinite(from, to) && !allFinite(data)) {
            for (int i = 0; i < data.length; i++) {
                if (!Float.isFinite(data[i]))
                    throw new DataException(x.path() + ": sample " + (from + i / per) + " contains " + data[i]
                            + "; clean or impute the data before benchmarking");
            }
        }
        markFinite(from, to);
        int[] s = shape.clone();
        s[0] = to - from;
        return new Batch(from, ids.subList(from, to), new Tensor(s, data), null);
    }

    /**
     * Samples already read and found finite: a robustness run reads every sample twice (clean pass, perturbed pass),
     * and the second check of 256 MB was a tenth of a second of CPU. Reads may come from several threads.
     */
    private final java.util.BitSet finite = new java.util.BitSet();

    private boolean knownFinite(int from, int to) {
        synchronized (finite) {
            return finite.nextClearBit(from) >= to;
        }
    }

    private void markFinite(int from, int to) {
        synchronized (finite) {
            finite.set(from, to);
        }
    }

    /**
     * Whether no value is NaN or infinite, without a branch per value so that the compiler vectorises it: a value is
     * not finite when its exponent bits are all ones, and only then does adding one to the exponent carry into the
     * sign bit.
     */
    static boolean allFinite(float[] data) {
        int carry = 0;
        for (float v : data) carry |= (Float.floatToRawIntBits(v) & 0x7F800000) + 0x00800000;
        return carry >= 0;
    }

    @Override
    public List<Path> files() {
        return files;
    }

    @Override
    public void close() {
        x.close();
    }
}
