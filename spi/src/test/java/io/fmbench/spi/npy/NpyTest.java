package io.fmbench.spi.npy;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    @TempDir Path dir;

    @Test
    void headerIsPaddedTo64BytesLikeNumpy() {
        byte[] h = Npy.headerBytes(NpyType.FLOAT32, 2, 3);
        assertEquals(0, h.length % 64);
        String text = new String(h, 10, h.length - 10, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), text);
        assertEquals('\n', text.charAt(text.length() - 1));
    }

    @Test
    void oneDimensionalShapeKeepsTheTrailingComma() {
        String text = new String(Npy.headerBytes(NpyType.INT64, 5), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("'shape': (5,)"), text);
    }

    @Test
    void roundTripsEachWrittenType() throws Exception {
        Path f = dir.resolve("f.npy");
        Npy.write(f, new float[] {1.5f, -2f, 3f, 4f, 5f, 6f}, 2, 3);
        assertArrayEquals(new long[] {2, 3}, Npy.header(f).shape());
        assertArrayEquals(new float[] {1.5f, -2f, 3f, 4f, 5f, 6f}, Npy.readFloats(f));

        Path d = dir.resolve("d.npy");
        Npy.write(d, new double[] {0.1, 0.2}, 2);
        assertEquals(NpyType.FLOAT64, Npy.header(d).type());
        assertArrayEquals(new double[] {0.1, 0.2}, Npy.readDoubles(d));

        Path l = dir.resolve("l.npy");
        Npy.write(l, new long[] {7, -1, 3}, 3);
        assertArrayEquals(new double[] {7, -1, 3}, Npy.readDoubles(l));
    }

    @Test
    void readsASliceWithoutTheRest() throws Exception {
        Path f = dir.resolve("f.npy");
        Npy.write(f, new float[] {0, 1, 2, 3, 4, 5, 6, 7}, 4, 2);
        try (NpyFile file = NpyFile.open(f)) {
            assertArrayEquals(new float[] {4, 5, 6}, file.readFloats(4, 3));
            assertThrows(IndexOutOfBoundsException.class, () -> file.readFloats(6, 3));
        }
    }

    @Test
    void readsVersion2Headers() throws Exception {
        String dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }\n";
        ByteBuffer b = ByteBuffer.allocate(12 + dict.length() + 12).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 2).put((byte) 0);
        b.putInt(dict.length()).put(dict.getBytes(StandardCharsets.ISO_8859_1));
        b.putInt(10).putInt(-20).putInt(30);
        Path f = dir.resolve("v2.npy");
        Files.write(f, b.array());
        assertArrayEquals(new double[] {10, -20, 30}, Npy.readDoubles(f));
    }

    @Test
    void readsFortranOrderBackInCOrder() throws Exception {
        // numpy: np.asfortranarray([[1, 2, 3], [4, 5, 6]]) stores 1 4 2 5 3 6
        byte[] h = rawHeader("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }");
        ByteBuffer b = ByteBuffer.allocate(h.length + 48).order(ByteOrder.LITTLE_ENDIAN).put(h);
        for (double v : new double[] {1, 4, 2, 5, 3, 6}) b.putDouble(v);
        Path f = dir.resolve("f.npy");
        Files.write(f, b.array());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Npy.readDoubles(f));
        try (NpyFile file = NpyFile.open(f)) {
            assertArrayEquals(new float[] {4, 5, 6}, file.readFloats(3, 3));
        }
    }

    @Test
    void readsBooleans() throws Exception {
        String dict = "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }";
        byte[] h = rawHeader(dict);
        byte[] all = new byte[h.length + 3];
        System.arraycopy(h, 0, all, 0, h.length);
        all[h.length] = 1;
        all[h.length + 2] = 1;
        Path f = dir.resolve("b.npy");
        Files.write(f, all);
        assertArrayEquals(new float[] {1, 0, 1}, Npy.readFloats(f));
    }

    /** A .npy of {@code descr} holding the given little-endian bytes (each int's low 8 bits). */
    private Path rawFile(String name, String descr, int count, int... data) throws IOException {
        byte[] h = rawHeader("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + count + ",), }");
        byte[] all = java.util.Arrays.copyOf(h, h.length + data.length);
        for (int i = 0; i < data.length; i++) all[h.length + i] = (byte) data[i];
        Path f = dir.resolve(name);
        Files.write(f, all);
        return f;
    }

    @Test
    void readsTheNarrowTypesRawRecordingsComeIn() throws Exception {
        // two's complement and unsigned limits, little-endian bytes written out by hand
        assertArrayEquals(new double[] {-128, -1, 0, 127}, Npy.readDoubles(rawFile("i1.npy", "|i1", 4, 0x80, 0xFF, 0, 0x7F)));
        assertArrayEquals(new double[] {0, 1, 255}, Npy.readDoubles(rawFile("u1.npy", "|u1", 3, 0, 1, 0xFF)));
        assertArrayEquals(new float[] {-32768, -1, 258, 32767},
                Npy.readFloats(rawFile("i2.npy", "<i2", 4, 0, 0x80, 0xFF, 0xFF, 2, 1, 0xFF, 0x7F)));
        assertArrayEquals(new double[] {65535, 258}, Npy.readDoubles(rawFile("u2.npy", "<u2", 2, 0xFF, 0xFF, 2, 1)));
        assertArrayEquals(new double[] {4294967295.0, 16909060},
                Npy.readDoubles(rawFile("u4.npy", "<u4", 2, 0xFF, 0xFF, 0xFF, 0xFF, 4, 3, 2, 1)));
        // IEEE half: 0x3C00 = 1, 0xC000 = -2, 0x7BFF = 65504 (the largest), 0x0001 = 2^-24 (the smallest subnormal)
        assertArrayEquals(new float[] {1f, -2f, 65504f, 0x1p-24f},
                Npy.readFloats(rawFile("f2.npy", "<f2", 4, 0, 0x3C, 0, 0xC0, 0xFF, 0x7B, 1, 0)));
        // numpy writes one-byte types with '|'; '<' is the same type
        assertArrayEquals(new double[] {200}, Npy.readDoubles(rawFile("u1lt.npy", "<u1", 1, 200)));
        assertTrue(NpyType.INT16.integral() && NpyType.UINT8.integral() && NpyType.BOOL.integral());
        assertFalse(NpyType.FLOAT16.integral() || NpyType.FLOAT32.integral() || NpyType.FLOAT64.integral());
    }

    @Test
    void refusesWhatItCannotReadWithTheFileName() throws IOException {
        Path complex = rawFile("c.npy", "<c8", 1, new int[8]);
        String m = assertThrows(NpyFormatException.class, () -> Npy.readDoubles(complex)).getMessage();
        assertTrue(m.startsWith(complex + ": unsupported dtype '<c8' (supported: <f4 <f8 <f2 <i8 <i4 <i2 |i1 <u4 <u2 |u1 |b1;"), m);

        Path big = dir.resolve("big.npy");
        Files.write(big, rawHeader("{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }"));
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.readDoubles(big));
        assertTrue(e.getMessage().contains("big.npy") && e.getMessage().contains("big-endian"), e.getMessage());


        Path text = dir.resolve("text.npy");
        Files.writeString(text, "hello, not numpy");
        assertTrue(assertThrows(NpyFormatException.class, () -> Npy.readDoubles(text)).getMessage().contains("magic"));

        Path truncated = dir.resolve("short.npy");
        Files.write(truncated, rawHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }"));
        assertTrue(assertThrows(NpyFormatException.class, () -> Npy.readDoubles(truncated)).getMessage().contains("truncated"));
    }

    @Test
    void readsTheReferenceToyDataWhenPresent() throws Exception {
        Path root = Path.of(System.getProperty("fmbench.project.root", ".")).resolve("../shared/seed-parity/toy_data/neuro/robustness");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(root), "../shared/seed-parity absent: skipping reference .npy check");
        NpyHeader x = Npy.header(root.resolve("X.npy"));
        assertEquals(NpyType.FLOAT32, x.type());
        assertArrayEquals(new long[] {100, 16, 500}, x.shape());
        double[] y = Npy.readDoubles(root.resolve("y.npy"));
        assertEquals(100, y.length);
        long ones = java.util.Arrays.stream(y).filter(v -> v == 1).count();
        assertEquals(52, ones); // the spec's class counts for this set: {0: 48, 1: 52}
    }

    private static byte[] rawHeader(String dict) {
        byte[] t = dict.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(10 + t.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 1).put((byte) 0);
        b.putShort((short) t.length).put(t);
        return b.array();
    }

    @Test
    void slicesThatSpanSeveralReadChunksComeBackWhole() throws Exception {
        // 1 MB chunks: 262,144 float32 or 131,072 float64 values each; slices start and end inside chunks
        int n = 700_001;
        float[] f = new float[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = i * 0.25f - 7f;
            d[i] = i * 1e-3 - 0.5;
        }
        Path ff = dir.resolve("big_f.npy"), fd = dir.resolve("big_d.npy");
        Npy.write(ff, f, n);
        Npy.write(fd, d, n);
        try (NpyFile a = NpyFile.open(ff); NpyFile b = NpyFile.open(fd)) {
            assertArrayEquals(java.util.Arrays.copyOfRange(f, 3, 600_003), a.readFloats(3, 600_000));
            assertArrayEquals(java.util.Arrays.copyOfRange(d, 131_071, 400_000), b.readDoubles(131_071, 400_000 - 131_071));
            float[] asFloats = b.readFloats(262_140, 10);
            for (int i = 0; i < 10; i++) assertEquals((float) d[262_140 + i], asFloats[i]);
            assertArrayEquals(f, a.readAllFloats());
        }
    }

    @Test
    void threadsReadingOneFileAtOnceEachGetTheirOwnSlice() throws Exception {
        int n = 1 << 20;
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = i;
        Path p = dir.resolve("shared.npy");
        Npy.write(p, f, n);
        try (NpyFile file = NpyFile.open(p)) {
            java.util.List<Thread> threads = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            for (int t = 0; t < 4; t++) {
                int first = t * 1000 + 1;
                threads.add(new Thread(() -> {
                    try {
                        for (int k = 0; k < 20; k++) {
                            int from = (first + k * 40_009) % (n - 300_000);
                            float[] got = file.readFloats(from, 300_000);
                            for (int i = 0; i < got.length; i += 997) assertEquals(from + i, got[i]);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            for (Thread t : threads) t.start();
            for (Thread t : threads) t.join();
            assertNull(failure.get());
        }
    }
}
