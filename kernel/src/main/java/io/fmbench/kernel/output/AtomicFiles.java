package io.fmbench.kernel.output;

import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the complete new one, never half a file: the text
 * goes to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Temporary files are created owner-only; results are meant to be shared (web servers, colleagues). */
    static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the default ACLs already let others read
        }
    }

    public static void writeString(Path target, String text) throws FmbenchException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a set of files that belong together (a run's report, figures and record) so that a failure leaves the
     * previous set whole: every file is written in full to a temporary file first, and only then are they moved over
     * their targets, in the map's order (put the record last). Writing is what fails (a full disk, a read-only
     * folder); the moves that follow are renames within the folder.
     */
    public static void writeAll(java.util.SequencedMap<Path, String> files) throws FmbenchException {
        java.util.Map<Path, Path> staged = new java.util.LinkedHashMap<>();
        try {
            for (var f : files.entrySet()) {
                Path target = f.getKey(), dir = target.toAbsolutePath().getParent();
                try {
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                    staged.put(target, tmp);
                    readableByAll(tmp);
                    Files.writeString(tmp, f.getValue());
                } catch (IOException e) {
                    throw new FmbenchException(target + ": cannot write (" + e.getMessage() + "); check that the folder is writable; "
                            + "the files there were left as they were");
                }
            }
            for (var s : staged.entrySet()) {
                try {
                    move(s.getValue(), s.getKey());
                } catch (IOException e) {
                    throw new FmbenchException(s.getKey() + ": cannot replace (" + e.getMessage() + "); check that the folder is writable");
                }
            }
        } finally {
            for (Path tmp : staged.values()) deleteQuietly(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless
        }
    }

    public static void write(Path target, byte[] bytes) throws FmbenchException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            readableByAll(tmp);
            Files.write(tmp, bytes);
            move(tmp, target);
        } catch (IOException e) {
            throw new FmbenchException(target + ": cannot write (" + e.getMessage() + "); check that the folder is writable");
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
    }
}
