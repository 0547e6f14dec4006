package io.fmbench.kernel.output;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.ModelConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of large data files, remembered by what identifies a file's content on disk: its real path, size,
 * modification and status-change times and inode, as git's index and DVC do. Hashing a 256 MB array takes 0.4 s of CPU
 * on every run otherwise. Any write to a file moves its status-change time, which no user command can set back, so a
 * remembered hash is never used for changed content. Files changed in the last few seconds are hashed but not
 * remembered (git's "racy" rule): file times tick only every few milliseconds, so a second write in the same tick
 * would otherwise go unseen. Where the file system has no status-change time or the cache cannot be written, files
 * are simply hashed every time.
 */
public final class HashCache {

    /** Smaller files are hashed every time: a lookup costs about as much. */
    static final long MIN_BYTES = 4L << 20;
    /** How old a file's last change must be before its hash is remembered. */
    static final Duration SETTLED = Duration.ofSeconds(3);

    /** Reads a whole file into its SHA-256. */
    interface Hasher {
        String sha256(Path file) throws FmbenchException;
    }

    private final Path dir;
    private final Clock clock;
    private final Hasher hasher;

    HashCache(Path dir, Clock clock, Hasher hasher) {
        this.dir = dir;
        this.clock = clock;
        this.hasher = hasher;
    }

    /** The cache beside the weights cache: $FMBENCH_CACHE_DIR/sha256, else ~/.cache/fmbench/sha256. */
    public static HashCache standard() {
        return new HashCache(ModelConfig.weightsCache().resolveSibling("sha256"), Clock.systemUTC(), Hashes::sha256);
    }

    /** The file's SHA-256 in hex, remembered from an earlier run when the file has not changed since. */
    public String sha256(Path file) throws FmbenchException {
        Identity id = identity(file);
        if (id == null) return hasher.sha256(file);
        Path entry = dir.resolve(Hashes.sha256Hex(id.key().getBytes(StandardCharsets.UTF_8)));
        String known = read(entry, id.key());
        if (known != null) return known;
        String hash = hasher.sha256(file);
        // only a change old enough that a later write would move the file's times (a write during the hashing gives
        // the file another identity, so this entry is never found for it)
        if (clock.millis() - id.lastChangeMillis() > SETTLED.toMillis()) remember(entry, id.key(), hash);
        return hash;
    }

    /** Path, size, times and inode in one line, and when the file last changed. */
    private record Identity(String key, long lastChangeMillis) {}

    /** The file's identity, or null when the file is small or its times are not all known. */
    private static Identity identity(Path file) {
        try {
            Path real = file.toRealPath();
            BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
            if (!a.isRegularFile() || a.size() < MIN_BYTES || a.fileKey() == null) return null;
            Object changed = Files.getAttribute(real, "unix:ctime");
            if (!(changed instanceof FileTime ctime)) return null;
            String key = String.join("\t", List.of(real.toString(), Long.toString(a.size()), nanos(a.lastModifiedTime()), nanos(ctime), a.fileKey().toString()));
            return new Identity(key, Math.max(a.lastModifiedTime().toMillis(), ctime.toMillis()));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return null; // no "unix" attribute view here, or the file went away: hash it (and report errors) as usual
        }
    }

    private static String nanos(FileTime t) {
        return Long.toString(t.to(TimeUnit.NANOSECONDS));
    }

    /** The remembered hash when the entry holds exactly this identity, else null. */
    private static String read(Path entry, String key) {
        try {
            List<String> lines = Files.readAllLines(entry, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(key) && lines.get(1).matches("[0-9a-f]{64}")) return lines.get(1);
        } catch (IOException | RuntimeException e) {
            // not remembered (or unreadable): hash
        }
        return null;
    }

    private void remember(Path entry, String key, String hash) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(entry, key + "\n" + hash + "\n");
        } catch (IOException | FmbenchException | RuntimeException e) {
            // a cache that cannot be written only costs the next run the hashing
        }
    }
}
