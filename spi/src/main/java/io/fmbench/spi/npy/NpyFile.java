package io.fmbench.spi.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An open {@code .npy} file. Reads take just the requested range (positional reads, in chunks), so arrays larger than
 * the heap (or than 2 GB) can be read slice by slice, by several threads at once.
 */
public final class NpyFile implements AutoCloseable {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private final Path path;
    private final FileChannel channel;
    private final NpyHeader header;

    private NpyFile(Path path, FileChannel channel, NpyHeader header) {
        this.path = path;
        this.channel = channel;
        this.header = header;
    }

    public static NpyFile open(Path path) throws NpyFormatException {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
            NpyHeader h = readHeader(ch, path.toString());
            long need = h.dataOffset() + h.elementCount() * h.type().bytes();
            if (ch.size() < need)
                throw new NpyFormatException(path + ": file is truncated (" + ch.size() + " bytes, header promises " + need + ")");
            return new NpyFile(path, ch, h);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new NpyFormatException(path + ": cannot read (" + e.getMessage() + ")");
        } catch (NpyFormatException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            if (ch != null) ch.close();
        } catch (IOException ignored) {
            // nothing more to do: the read already failed
        }
    }

    private static NpyHeader readHeader(FileChannel ch, String file) throws IOException, NpyFormatException {
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        ch.read(pre, 0);
        pre.flip();
        if (pre.remaining() < 10) throw new NpyFormatException(file + ": not a .npy file (too short)");
        for (byte b : MAGIC) {
            if (pre.get() != b) throw new NpyFormatException(file + ": not a .npy file (bad magic string)");
        }
        int major = pre.get() & 0xff;
        pre.get();
        long headerLen;
        int prefix;
        if (major == 1) {
            headerLen = pre.getShort() & 0xffff;
            prefix = 10;
        } else if (major == 2 || major == 3) {
            if (pre.remaining() < 4) throw new NpyFormatException(file + ": truncated .npy header");
            headerLen = pre.getInt() & 0xffffffffL;
            prefix = 12;
        } else {
            throw new NpyFormatException(file + ": unsupported .npy format version " + major);
        }
        if (headerLen > 1 << 20) throw new NpyFormatException(file + ": .npy header is implausibly long");
        ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
        ch.read(hb, prefix);
        String dict = new String(hb.array(), 0, hb.position(),
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return NpyHeader.parse(dict, prefix + headerLen, file);
    }

    public NpyHeader header() {
        return header;
    }

    public Path path() {
        return path;
    }

    private ByteBuffer map(long firstElement, int count) throws NpyFormatException {
        int size = header.type().bytes();
        try {
            MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, header.dataOffset() + firstElement * size, (long) count * size);
            return m.order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new NpyFormatException(path + ": cannot read elements " + firstElement + ".." + (firstElement + count) + " (" + e.getMessage() + ")");
        }
    }

    private void checkRange(long first, int count) {
        if (first < 0 || count < 0 || first + count > header.elementCount())
            throw new IndexOutOfBoundsException("elements " + first + ".." + (first + count) + " of " + header.elementCount());
    }

    /**
     * Fortran-order files are gathered element by element into C order (the file position of C index i); rare, so
     * simplicity wins over speed there.
     */
    private ByteBuffer cOrder(long first, int count) throws NpyFormatException {
        long[] shape = header.shape();
        int size = header.type().bytes();
        ByteBuffer all = map(0, Math.toIntExact(header.elementCount()));
        ByteBuffer out = ByteBuffer.allocate(count * size).order(ByteOrder.LITTLE_ENDIAN);
        for (long i = first; i < first + count; i++) {
            long rest = i, fortranIndex = 0, stride = 1;
            long[] idx = new long[shape.length];
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d] = rest % shape[d];
                rest /= shape[d];
            }
            for (int d = 0; d < shape.length; d++) {
                fortranIndex += idx[d] * stride;
                stride *= shape[d];
            }
            for (int k = 0; k < size; k++) out.put(all.get((int) (fortranIndex * size + k)));
        }
        return out.flip();
    }

    /** Reads {@code count} elements starting at flat (C-order) index {@code first}, converted to float. */
    public float[] readFloats(long first, int count) throws NpyFormatException {
        return readFloats(first, count, null);
    }

    /** The same, into {@code into} when it has exactly {@code count} elements (else into a new array); returns the array. */
    public float[] readFloats(long first, int count, float[] into) throws NpyFormatException {
        checkRange(first, count);
        float[] out = into != null && into.length == count ? into : new float[count];
        read(first, count, (b, at, n) -> {
            switch (header.type()) {
                case FLOAT32 -> b.asFloatBuffer().get(out, at, n);
                case FLOAT64 -> { for (int i = 0; i < n; i++) out[at + i] = (float) b.getDouble(); }
                case INT32 -> { for (int i = 0; i < n; i++) out[at + i] = b.getInt(); }
                case INT64 -> { for (int i = 0; i < n; i++) out[at + i] = b.getLong(); }
                case BOOL -> { for (int i = 0; i < n; i++) out[at + i] = b.get() != 0 ? 1f : 0f; }
                default -> { for (int i = 0; i < n; i++) out[at + i] = (float) narrow(b, header.type()); }
            }
        });
        return out;
    }

    /** Reads {@code count} elements starting at flat (C-order) index {@code first}, converted to double. */
    public double[] readDoubles(long first, int count) throws NpyFormatException {
        checkRange(first, count);
        double[] out = new double[count];
        read(first, count, (b, at, n) -> {
            switch (header.type()) {
                case FLOAT32 -> { for (int i = 0; i < n; i++) out[at + i] = b.getFloat(); }
                case FLOAT64 -> b.asDoubleBuffer().get(out, at, n);
                case INT32 -> { for (int i = 0; i < n; i++) out[at + i] = b.getInt(); }
                case INT64 -> { for (int i = 0; i < n; i++) out[at + i] = b.getLong(); }
                case BOOL -> { for (int i = 0; i < n; i++) out[at + i] = b.get() != 0 ? 1 : 0; }
                default -> { for (int i = 0; i < n; i++) out[at + i] = narrow(b, header.type()); }
            }
        });
        return out;
    }

    /** One element of a type narrower than 32 bits or unsigned: exactly a double, so (float) of it rounds once. */
    private static double narrow(ByteBuffer b, NpyType type) {
        return switch (type) {
            case INT8 -> b.get();
            case UINT8 -> Byte.toUnsignedInt(b.get());
            case INT16 -> b.getShort();
            case UINT16 -> Short.toUnsignedInt(b.getShort());
            case UINT32 -> Integer.toUnsignedLong(b.getInt());
            case FLOAT16 -> Float.float16ToFloat(b.getShort());
            default -> throw new IllegalStateException("read in bulk: " + type);
        };
    }

    /** Takes the elements [at, at + n) of a read, little-endian in {@code chunk} (positioned at the first). */
    private interface Chunks {
        void take(ByteBuffer chunk, int at, int n);
    }

    /** Bytes per positional read: big enough that system calls cost nothing beside the copy, small enough to stay in cache. */
    private static final int CHUNK_BYTES = 1 << 20;
    /** One read buffer per reading thread, reused: a new mapping or direct buffer per batch cost more than the copy. */
    private static final ThreadLocal<ByteBuffer> CHUNK = ThreadLocal.withInitial(
            () -> ByteBuffer.allocateDirect(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN));

    /**
     * Hands the elements [first, first + count) over in chunks. C-order files are read with positional reads (safe
     * from any number of threads at once, and unlike a memory map per batch, no mapping to set up and tear down);
     * Fortran-order files are gathered into C order first.
     */
    private void read(long first, int count, Chunks chunks) throws NpyFormatException {
        int size = header.type().bytes();
        if (header.fortranOrder() && header.shape().length >= 2) {
            chunks.take(cOrder(first, count), 0, count);
            return;
        }
        ByteBuffer chunk = CHUNK.get();
        int perChunk = CHUNK_BYTES / size;
        for (int done = 0; done < count; ) {
            int n = Math.min(perChunk, count - done);
            chunk.clear().limit(n * size);
            long at = header.dataOffset() + (first + done) * size;
            try {
                while (chunk.hasRemaining()) {
                    if (channel.read(chunk, at + chunk.position()) < 0)
                        throw new NpyFormatException(path + ": file ended while reading elements " + first + ".." + (first + count) + "; was it truncated while open?");
                }
            } catch (IOException e) {
                throw new NpyFormatException(path + ": cannot read elements " + first + ".." + (first + count) + " (" + e.getMessage() + ")");
            }
            chunk.flip();
            chunks.take(chunk, done, n);
            done += n;
        }
    }

    /** Reads the whole array as doubles. */
    public double[] readAllDoubles() throws NpyFormatException {
        return readDoubles(0, Math.toIntExact(header.elementCount()));
    }

    /** Reads the whole array as floats. */
    public float[] readAllFloats() throws NpyFormatException {
        return readFloats(0, Math.toIntExact(header.elementCount()));
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }
}
