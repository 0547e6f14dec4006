package io.fmbench.kernel.output;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large files are hashed once and remembered until they change; recent or small files are always read. */
class HashCacheTest {

    @TempDir Path dir;
    private final AtomicInteger reads = new AtomicInteger();
    private Path cacheDir;

    @BeforeEach
    void needsStatusChangeTimes() throws Exception {
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        Assumptions.assumeTrue(supportsCtime(probe), "this file system has no unix:ctime; the cache is off there");
        cacheDir = dir.resolve("cache");
    }

    private static boolean supportsCtime(Path p) {
        try {
            return Files.getAttribute(p, "unix:ctime") instanceof FileTime;
        } catch (Exception e) {
            return false;
        }
    }

    /** A cache whose clock reads {@code secondsAhead} past now (to make fresh files look settled). */
    private HashCache cache(long secondsAhead) {
        Clock clock = Clock.fixed(Instant.now().plusSeconds(secondsAhead), ZoneOffset.UTC);
        return new HashCache(cacheDir, clock, f -> {
            reads.incrementAndGet();
            return Hashes.sha256(f);
        });
    }

    private static String expected(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private Path bigFile(String name, byte fill) throws Exception {
        byte[] b = new byte[(int) HashCache.MIN_BYTES + 123];
        java.util.Arrays.fill(b, fill);
        b[7] = 42;
        return Files.write(dir.resolve(name), b);
    }

    @Test
    void aSettledLargeFileIsReadOnceAndItsHashRemembered() throws Exception {
        Path f = bigFile("X.npy", (byte) 1);
        String want = expected(Files.readAllBytes(f));
        assertEquals(want, cache(60).sha256(f));
        assertEquals(want, cache(60).sha256(f)); // a new cache object: what a second run sees
        assertEquals(1, reads.get());
    }

    @Test
    void changedContentIsHashedAgainEvenWithItsOldSizeAndModificationTime() throws Exception {
        Path f = bigFile("X.npy", (byte) 1);
        FileTime mtime = Files.getLastModifiedTime(f);
        cache(60).sha256(f);
        byte[] other = Files.readAllBytes(f);
        other[100] = 9;
        Thread.sleep(1100); // past the file system's clock tick (a second on some), so the status-change time moves
        Files.write(f, other);
        Files.setLastModifiedTime(f, mtime); // e.g. rsync -t: only the status-change time tells
        assertEquals(expected(other), cache(60).sha256(f));
        assertEquals(2, reads.get());
    }

    @Test
    void aFileChangedMomentsAgoIsNotRemembered() throws Exception {
        Path f = bigFile("X.npy", (byte) 3);
        String want = expected(Files.readAllBytes(f));
        assertEquals(want, cache(0).sha256(f));
        assertEquals(want, cache(0).sha256(f));
        assertEquals(2, reads.get());
    }

    @Test
    void smallFilesAreAlwaysRead() throws Exception {
        Path f = Files.writeString(dir.resolve("y.npy"), "small");
        assertEquals(expected("small".getBytes()), cache(60).sha256(f));
        cache(60).sha256(f);
        assertEquals(2, reads.get());
        assertFalse(Files.exists(cacheDir));
    }

    @Test
    void aCorruptOrForeignEntryIsIgnored() throws Exception {
        Path f = bigFile("X.npy", (byte) 5);
        cache(60).sha256(f);
        try (var entries = Files.list(cacheDir)) {
            for (Path e : entries.toList()) Files.writeString(e, "garbage\n");
        }
        assertEquals(expected(Files.readAllBytes(f)), cache(60).sha256(f));
        assertEquals(2, reads.get());
    }

    @Test
    void anUnwritableCacheOnlyCostsTheHashing() throws Exception {
        Files.writeString(dir.resolve("not-a-dir"), "file in the way");
        cacheDir = dir.resolve("not-a-dir").resolve("cache");
        Path f = bigFile("X.npy", (byte) 6);
        assertEquals(expected(Files.readAllBytes(f)), cache(60).sha256(f));
        assertEquals(expected(Files.readAllBytes(f)), cache(60).sha256(f));
        assertEquals(2, reads.get());
    }
}
