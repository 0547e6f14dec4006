package io.fmbench.spi;

import java.util.Arrays;

/**
 * An n-dimensional float32 array in C (row-major) order; the first dimension indexes samples.
 * The data array is shared, not copied: treat it as read-only once the tensor is built.
 */
public record Tensor(int[] shape, float[] data) {

    public Tensor {
        if (shape == null || shape.length == 0) throw new IllegalArgumentException("a tensor needs at least one dimension");
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            n *= d;
        }
        if (data == null || n != data.length)
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got "
                    + (data == null ? "none" : data.length));
        shape = shape.clone();
    }

    public static Tensor of(float[] data, int... shape) {
        return new Tensor(shape, data);
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    /** Number of samples (first dimension). */
    public int samples() {
        return shape[0];
    }

    /** Values per sample (product of all but the first dimension). */
    public int sampleSize() {
        return shape[0] == 0 ? 0 : data.length / shape[0];
    }

    /** Shape of one sample (all but the first dimension). */
    public int[] sampleShape() {
        return Arrays.copyOfRange(shape, 1, shape.length);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Samples [from, to) as a new tensor (copies). */
    public Tensor slice(int from, int to) {
        int per = sampleSize();
        int[] s = shape.clone();
        s[0] = to - from;
        return new Tensor(s, Arrays.copyOfRange(data, from * per, to * per));
    }

    /** One sample flattened (copies). */
    public float[] row(int i) {
        int per = sampleSize();
        return Arrays.copyOfRange(data, i * per, (i + 1) * per);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
