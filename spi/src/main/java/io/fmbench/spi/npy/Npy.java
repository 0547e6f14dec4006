package io.fmbench.spi.npy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading and writing NumPy {@code .npy} files: the exchange format of toy data, precomputed outputs and the
 * subprocess model protocol. Writes are atomic (temporary file in the same folder, then a move).
 */
public final class Npy {

    private Npy() {}

    public static double[] readDoubles(Path path) throws NpyFormatException {
        try (NpyFile f = NpyFile.open(path)) {
            return f.readAllDoubles();
        }
    }

    public static float[] readFloats(Path path) throws NpyFormatException {
        try (NpyFile f = NpyFile.open(path)) {
            return f.readAllFloats();
        }
    }

    public static NpyHeader header(Path path) throws NpyFormatException {
        try (NpyFile f = NpyFile.open(path)) {
            return f.header();
        }
    }

    /** The header block (magic, version 1.0, dictionary padded to 64 bytes) for an array of this type and shape. */
    public static byte[] headerBytes(NpyType type, long... shape) {
        String dict = new NpyHeader(type, shape, 0, false).dictionary();
        int unpadded = 10 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(pad) + "\n";
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(10 + t.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 1).put((byte) 0);
        b.putShort((short) t.length).put(t);
        return b.array();
    }

    public static void write(Path path, float[] data, long... shape) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(data);
        writeAtomically(path, headerBytes(NpyType.FLOAT32, shape), b.array(), data.length, shape);
    }

    public static void write(Path path, double[] data, long... shape) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(data);
        writeAtomically(path, headerBytes(NpyType.FLOAT64, shape), b.array(), data.length, shape);
    }

    public static void write(Path path, long[] data, long... shape) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(data);
        writeAtomically(path, headerBytes(NpyType.INT64, shape), b.array(), data.length, shape);
    }

    private static void writeAtomically(Path path, byte[] header, byte[] body, int n, long[] shape) throws IOException {
        long expected = 1;
        for (long d : shape) expected *= d;
        if (expected != n) throw new IllegalArgumentException("shape needs " + expected + " values, got " + n);
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // the platform's default permissions apply
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                out.write(header);
                out.write(body);
            }
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
