package io.fmbench.plugin.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.TensorInfo;
import io.fmbench.spi.ModelException;
import java.nio.Buffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;

/** ONNX output tensors as rows of doubles (one per sample), and the conversions the output kinds need. */
final class OrtRows {

    private OrtRows() {}

    static double[][] of(OnnxTensor t, int n, String name) throws ModelException {
        TensorInfo info = t.getInfo();
        long[] shape = info.getShape();
        if (shape.length == 0 || shape[0] != n)
            throw new ModelException("ONNX output '" + name + "' has shape " + Arrays.toString(shape) + " for a batch of " + n
                    + " samples (the first dimension must be the batch)");
        int total = Math.toIntExact(info.getNumElements());
        int cols = n == 0 ? 0 : total / n;
        double[] flat = new double[total];
        Buffer b = switch (info.type) {
            case FLOAT -> t.getFloatBuffer();
            case DOUBLE -> t.getDoubleBuffer();
            case INT64 -> t.getLongBuffer();
            case INT32 -> t.getIntBuffer();
            default -> throw new ModelException("ONNX output '" + name + "' has element type " + info.type + "; use float, double, int32 or int64");
        };
        for (int i = 0; i < total; i++) {
            flat[i] = switch (b) {
                case FloatBuffer f -> f.get(i);
                case DoubleBuffer d -> d.get(i);
                case LongBuffer l -> l.get(i);
                case IntBuffer x -> x.get(i);
                default -> throw new IllegalStateException();
            };
            if (!Double.isFinite(flat[i]))
                throw new ModelException("ONNX output '" + name + "' holds " + flat[i] + " for batch row " + (i / Math.max(1, cols))
                        + "; outputs must be finite");
        }
        double[][] rows = new double[n][];
        for (int r = 0; r < n; r++) rows[r] = Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        return rows;
    }

    /** Row-wise softmax, shifted by the row maximum for stability. */
    static double[][] softmax(double[][] logits) {
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : logits[i]) max = Math.max(max, v);
            double sum = 0;
            out[i] = new double[logits[i].length];
            for (int j = 0; j < out[i].length; j++) sum += out[i][j] = Math.exp(logits[i][j] - max);
            for (int j = 0; j < out[i].length; j++) out[i][j] /= sum;
        }
        return out;
    }

    static int[] labels(double[][] rows, String name) throws ModelException {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != 1 || rows[i][0] != Math.rint(rows[i][0]))
                throw new ModelException("ONNX output '" + name + "' must hold one whole class index per sample");
            out[i] = (int) rows[i][0];
        }
        return out;
    }

    static float[][] floats(double[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new float[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) out[i][j] = (float) rows[i][j];
        }
        return out;
    }
}
