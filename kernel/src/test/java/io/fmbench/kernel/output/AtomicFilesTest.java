package io.fmbench.kernel.output;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir Path dir;

    @Test
    void replacesContentLeavesNoTemporaryFileAndIsReadableByOthers() throws Exception {
        Path f = dir.resolve("sub/eval.yaml");
        AtomicFiles.writeString(f, "first\n");
        AtomicFiles.writeString(f, "second\n");
        assertEquals("second\n", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "only the target remains");
        }
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix"))
            assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ));
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws Exception {
        Path f = dir.resolve("eval.yaml");
        AtomicFiles.writeString(f, "kept\n");
        Path blocker = dir.resolve("blocked");
        Files.writeString(blocker, "a file where a folder is needed");
        assertThrows(io.fmbench.kernel.FmbenchException.class, () -> AtomicFiles.writeString(blocker.resolve("x.yaml"), "new"));
        assertEquals("kept\n", Files.readString(f));
    }
}
