package io.fmbench.kernel.adapters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes tar archives byte by byte from the POSIX/GNU layout, so tests can also build the malformed and hostile ones. */
final class TarBuilder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    TarBuilder dir(String name) {
        return entry(name, '5', new byte[0], "", false);
    }

    TarBuilder file(String name, byte[] data) {
        return entry(name, '0', data, "", false);
    }

    /** A file whose size field uses GNU base-256 (as for files of 8 GiB and more). */
    TarBuilder fileWithBinarySize(String name, byte[] data) {
        return entry(name, '0', data, "", true);
    }

    TarBuilder symlink(String name, String target) {
        return entry(name, '2', new byte[0], target, false);
    }

    TarBuilder hardlink(String name, String target) {
        return entry(name, '1', new byte[0], target, false);
    }

    TarBuilder fifo(String name) {
        return entry(name, '6', new byte[0], "", false);
    }

    /** A name longer than 100 bytes as GNU tar writes it: an 'L' record, then the entry with a truncated name. */
    TarBuilder gnuLongName(String name, byte[] data) {
        entry("././@LongLink", 'L', (name + "\0").getBytes(StandardCharsets.UTF_8), "", false);
        return file(name.substring(0, 100), data);
    }

    /** A pax 'x' record naming the next entry, whose own header carries another (short) name. */
    TarBuilder paxPath(String path, String headerName, byte[] data) {
        entry("PaxHeaders/x", 'x', paxRecord("path", path), "", false);
        return file(headerName, data);
    }

    static byte[] paxRecord(String key, String value) {
        byte[] kv = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        int len = kv.length + 1;
        while (len != kv.length + Integer.toString(len).length()) len = kv.length + Integer.toString(len).length();
        return (len + new String(kv, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    TarBuilder entry(String name, char type, byte[] data, String link, boolean binarySize) {
        byte[] h = new byte[512];
        put(h, 0, name, 100);
        put(h, 100, "0000644", 8);
        put(h, 108, "0000000", 8);
        put(h, 116, "0000000", 8);
        if (binarySize) {
            h[124] = (byte) 0x80;
            long v = data.length;
            for (int i = 135; i > 124; i--, v >>>= 8) h[i] = (byte) v;
        } else put(h, 124, String.format("%011o", data.length), 12);
        put(h, 136, "14620000000", 12);
        h[156] = (byte) type;
        put(h, 157, link, 100);
        put(h, 257, "ustar", 6);
        put(h, 263, "00", 2);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o", sum), 7);
        out.writeBytes(h);
        out.writeBytes(data);
        out.writeBytes(new byte[(512 - data.length % 512) % 512]);
        return this;
    }

    /** The archive with its end marker (two zero blocks). */
    byte[] tar() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        all.writeBytes(new byte[1024]);
        return all.toByteArray();
    }

    byte[] tgz() {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(tar());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gz.toByteArray();
    }

    private static void put(byte[] h, int off, String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, Math.min(b.length, max));
    }
}
