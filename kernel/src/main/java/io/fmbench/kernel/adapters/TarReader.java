package io.fmbench.kernel.adapters;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the entries of a tar stream (POSIX ustar, GNU and pax, as written by GNU tar and Python's tarfile): names
 * longer than 100 bytes through the ustar prefix, GNU 'L'/'K' records or pax 'path'/'linkpath'; sizes of 8 GiB and
 * more through GNU base-256 or pax 'size'. Only what extraction needs: the caller decides what each entry may do.
 */
final class TarReader {

    enum Kind { FILE, DIRECTORY, SYMLINK, HARDLINK, OTHER }

    /** One entry; {@code content()} of a FILE yields exactly {@code size} bytes until the next {@link #next()}. */
    record Entry(String name, Kind kind, long size, String linkName, char typeFlag) {}

    private static final int BLOCK = 512;

    private final InputStream in;
    private final Map<String, String> globalPax = new HashMap<>();
    private long remaining;   // content bytes of the current entry not yet read
    private long padding;     // bytes after the content up to the block boundary
    private long offset;      // bytes consumed, for messages

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end of the archive. */
    Entry next() throws IOException {
        skipCurrent();
        String longName = null, longLink = null;
        Map<String, String> pax = new HashMap<>(globalPax);
        while (true) {
            byte[] h = new byte[BLOCK];
            long at = offset;
            if (!readBlock(h)) return null; // tolerated: archives cut right after the last entry
            if (isZero(h)) return null;
            checkChecksum(h, at);
            char type = (char) h[156];
            long size = number(h, 124, 12, at);
            if (type == 'L' || type == 'K' || type == 'x' || type == 'g') { // metadata for the entry that follows
                if (size > 1 << 20) throw new IOException("tar header at byte " + at + ": a " + size + "-byte metadata record; not a sane archive");
                byte[] body = readContent((int) size);
                if (type == 'L') longName = cString(body, 0, body.length);
                else if (type == 'K') longLink = cString(body, 0, body.length);
                else {
                    Map<String, String> records = paxRecords(body, at);
                    if (type == 'g') globalPax.putAll(records);
                    pax.putAll(records);
                }
                continue;
            }
            if (pax.containsKey("size")) size = paxSize(pax.get("size"), at); // the entry's own size, beyond 8 GiB
            String name = pax.getOrDefault("path", longName != null ? longName : headerName(h));
            String link = pax.getOrDefault("linkpath", longLink != null ? longLink : cString(h, 157, 100));
            Kind kind = switch (type) {
                case '0', '\0', '7' -> name.endsWith("/") ? Kind.DIRECTORY : Kind.FILE;
                case '5' -> Kind.DIRECTORY;
                case '2' -> Kind.SYMLINK;
                case '1' -> Kind.HARDLINK;
                default -> Kind.OTHER;
            };
            remaining = size; // directories and links normally have none; whatever is there is skipped
            padding = (BLOCK - size % BLOCK) % BLOCK;
            return new Entry(name, kind, kind == Kind.FILE ? size : 0, link, type);
        }
    }

    /** The current entry's content; reading stops at its end. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) return -1;
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) throw new EOFException("tar archive ends inside an entry (at byte " + offset + ")");
                remaining -= n;
                offset += n;
                return n;
            }
        };
    }

    private void skipCurrent() throws IOException {
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
    }

    private void skip(long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) throw new EOFException("tar archive ends inside an entry (at byte " + offset + ")");
            n -= r;
            offset += r;
        }
    }

    private byte[] readContent(int size) throws IOException {
        byte[] body = in.readNBytes(size);
        if (body.length < size) throw new EOFException("tar archive ends inside a metadata record (at byte " + offset + ")");
        offset += size;
        skip((BLOCK - size % BLOCK) % BLOCK);
        return body;
    }

    private boolean readBlock(byte[] h) throws IOException {
        int n = in.readNBytes(h, 0, BLOCK);
        offset += n;
        if (n == 0) return false;
        if (n < BLOCK) throw new EOFException("tar archive ends inside a header (at byte " + offset + ")");
        return true;
    }

    private static boolean isZero(byte[] h) {
        for (byte b : h) if (b != 0) return false;
        return true;
    }

    /** Sum of the header bytes with the checksum field read as spaces; catches files that are not tar at all. */
    private static void checkChecksum(byte[] h, long at) throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? ' ' : h[i] & 0xff;
        long stored;
        try {
            stored = number(h, 148, 8, at);
        } catch (IOException notOctal) {
            stored = -1;
        }
        if (stored != sum) throw new IOException("not a tar archive (bad header checksum at byte " + at + ")");
    }

    /** ustar: prefix + "/" + name when the magic is POSIX "ustar\0" (GNU's "ustar  " uses that area for other fields). */
    private static String headerName(byte[] h) {
        String name = cString(h, 0, 100);
        boolean posix = h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r' && h[262] == 0;
        String prefix = posix ? cString(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** An octal field (NUL/space padded), or GNU base-256 when the first byte has its high bit set. */
    private static long number(byte[] h, int off, int len, long at) throws IOException {
        if ((h[off] & 0x80) != 0) {
            if ((h[off] & 0x40) != 0) throw new IOException("tar header at byte " + at + ": negative number");
            long v = h[off] & 0x3f;
            for (int i = off + 1; i < off + len; i++) {
                if (v >>> 55 != 0) throw new IOException("tar header at byte " + at + ": number too large");
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        }
        long v = 0;
        int i = off, end = off + len;
        while (i < end && (h[i] == ' ' || h[i] == 0)) i++;
        for (; i < end && h[i] != 0 && h[i] != ' '; i++) {
            if (h[i] < '0' || h[i] > '7') throw new IOException("not a tar archive (bad number in the header at byte " + at + ")");
            v = v * 8 + (h[i] - '0');
        }
        return v;
    }

    private static long paxSize(String s, long at) throws IOException {
        try {
            long v = Long.parseLong(s.trim());
            if (v < 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IOException("tar pax header at byte " + at + ": size '" + s + "' is not a number");
        }
    }

    /** pax records: "LEN key=value\n", LEN counting the whole record, in UTF-8. */
    private static Map<String, String> paxRecords(byte[] body, long at) throws IOException {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        while (i < body.length && body[i] != 0) {
            int sp = i;
            while (sp < body.length && body[sp] != ' ') sp++;
            int len;
            try {
                len = Integer.parseInt(new String(body, i, sp - i, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("tar pax header at byte " + at + ": malformed record");
            }
            if (len <= sp - i + 1 || i + len > body.length || body[i + len - 1] != '\n')
                throw new IOException("tar pax header at byte " + at + ": malformed record");
            String kv = new String(body, sp + 1, i + len - sp - 2, StandardCharsets.UTF_8);
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new IOException("tar pax header at byte " + at + ": malformed record");
            out.put(kv.substring(0, eq), kv.substring(eq + 1));
            i += len;
        }
        return out;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }
}
