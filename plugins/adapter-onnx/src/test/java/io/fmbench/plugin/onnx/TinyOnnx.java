package io.fmbench.plugin.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tiny ONNX model by hand (ONNX is protobuf): input X (batch x d, float), P = Softmax(X @ W + B) and the
 * logits L = X @ W + B as outputs. Field numbers are those of onnx.proto (ModelProto, GraphProto, NodeProto, ...).
 */
final class TinyOnnx {

    private TinyOnnx() {}

    /** Protobuf writer: just the wire types ONNX needs. */
    private static final class Proto {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long v) {
            tag(field, 0);
            raw(v);
            return this;
        }

        Proto bytes(int field, byte[] b) {
            tag(field, 2);
            raw(b.length);
            out.writeBytes(b);
            return this;
        }

        Proto string(int field, String s) {
            return bytes(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto m) {
            return bytes(field, m.out.toByteArray());
        }

        private void tag(int field, int wire) {
            raw(((long) field << 3) | wire);
        }

        private void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }

    private static final int FLOAT = 1;

    private static Proto tensor(String name, float[] data, long... dims) {
        Proto t = new Proto();
        for (long d : dims) t.varint(1, d);
        t.varint(2, FLOAT);
        ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(data);
        return t.string(8, name).bytes(9, b.array());
    }

    /** ValueInfoProto of a float tensor; a null dimension is the symbolic batch size. */
    private static Proto valueInfo(String name, Long... dims) {
        Proto shape = new Proto();
        for (Long d : dims) shape.message(1, d == null ? new Proto().string(2, "N") : new Proto().varint(1, d));
        Proto tensorType = new Proto().varint(1, FLOAT).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    private static Proto node(String op, String[] inputs, String output) {
        Proto n = new Proto();
        for (String i : inputs) n.string(1, i);
        return n.string(2, output).string(3, op + "_" + output).string(4, op);
    }

    /** W is d x k in row-major order, B has k entries. */
    static byte[] linearSoftmax(float[] w, float[] b, int d, int k) {
        Proto graph = new Proto()
                .message(1, node("MatMul", new String[] {"X", "W"}, "Z"))
                .message(1, node("Add", new String[] {"Z", "B"}, "L"))
                .message(1, node("Softmax", new String[] {"L"}, "P"))
                .string(2, "linear_softmax")
                .message(5, tensor("W", w, d, k))
                .message(5, tensor("B", b, k))
                .message(11, valueInfo("X", null, (long) d))
                .message(12, valueInfo("P", null, (long) k))
                .message(12, valueInfo("L", null, (long) k));
        return new Proto().varint(1, 8).string(2, "fmbench-test").message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13)).out.toByteArray();
    }
}
