package io.fmbench.plugin.subprocess;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One array of a protocol message: a NumPy dtype string, a shape, and the raw little-endian C-order bytes.
 * Converts to and from the Java arrays fmbench's records use.
 */
record WireArray(String name, String dtype, int[] shape, byte[] bytes) {

    WireArray {
        shape = shape.clone();
        if ((long) elementCount(shape) * itemSize(dtype) != bytes.length)
            throw new IllegalArgumentException("array '" + name + "' of dtype " + dtype + " and shape " + Arrays.toString(shape)
                    + " needs " + (long) elementCount(shape) * itemSize(dtype) + " bytes, got " + bytes.length);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    static WireArray ofFloats(String name, float[] data, int[] shape) {
        ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(data);
        return new WireArray(name, "<f4", shape, b.array());
    }

    static int elementCount(int[] shape) {
        long n = 1;
        for (int d : shape) n *= d;
        return Math.toIntExact(n);
    }

    /** Bytes per element; the dtypes fmbench accepts on the wire. */
    static int itemSize(String dtype) {
        return switch (dtype) {
            case "<f4", "<i4" -> 4;
            case "<f8", "<i8" -> 8;
            case "|u1", "|i1", "|b1" -> 1;
            default -> throw new IllegalArgumentException("unsupported dtype '" + dtype
                    + "' (send little-endian <f4, <f8, <i4, <i8, |u1, |i1 or |b1)");
        };
    }

    int rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** Values per row (product of all but the first dimension). */
    int columns() {
        int c = 1;
        for (int i = 1; i < shape.length; i++) c *= shape[i];
        return c;
    }

    /** Element i converted to double. */
    private double at(ByteBuffer b, int i) {
        return switch (dtype) {
            case "<f4" -> b.getFloat(i * 4);
            case "<f8" -> b.getDouble(i * 8);
            case "<i4" -> b.getInt(i * 4);
            case "<i8" -> b.getLong(i * 8);
            case "|u1", "|b1" -> b.get(i) & 0xff;
            default -> b.get(i);
        };
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    double[][] toDoubleRows() {
        ByteBuffer b = buffer();
        int r = rows(), c = columns();
        double[][] out = new double[r][c];
        if (dtype.equals("<f8")) {
            for (int i = 0; i < r; i++) b.asDoubleBuffer().get(i * c, out[i]);
            return out;
        }
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) out[i][j] = at(b, i * c + j);
        return out;
    }

    float[][] toFloatRows() {
        ByteBuffer b = buffer();
        int r = rows(), c = columns();
        float[][] out = new float[r][c];
        if (dtype.equals("<f4")) {
            for (int i = 0; i < r; i++) b.asFloatBuffer().get(i * c, out[i]);
            return out;
        }
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) out[i][j] = (float) at(b, i * c + j);
        return out;
    }

    boolean isInteger() {
        return !dtype.startsWith("<f");
    }

    /** All elements as whole numbers (callers check {@link #isInteger()} first). */
    long[] toLongs() {
        ByteBuffer b = buffer();
        long[] out = new long[elementCount(shape)];
        for (int i = 0; i < out.length; i++) out[i] = (long) at(b, i);
        return out;
    }
}
