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

    @Test
    void aSetIsReplacedWholeOrNotAtAll() throws Exception {
        Path report = dir.resolve("report.md"), record = dir.resolve("eval.yaml");
        java.util.SequencedMap<Path, String> v1 = new java.util.LinkedHashMap<>();
        v1.put(report, "report 1\n");
        v1.put(record, "record 1\n");
        AtomicFiles.writeAll(v1);
        Path blocker = dir.resolve("blocked");
        Files.writeString(blocker, "a file where a folder is needed");
        java.util.SequencedMap<Path, String> v2 = new java.util.LinkedHashMap<>();
        v2.put(report, "report 2\n");
        v2.put(blocker.resolve("figure.svg"), "<svg/>");
        v2.put(record, "record 2\n");
        var e = assertThrows(io.fmbench.kernel.FmbenchException.class, () -> AtomicFiles.writeAll(v2));
        assertTrue(e.getMessage().startsWith(blocker.resolve("figure.svg") + ": cannot write"), e.getMessage());
        assertEquals("report 1\n", Files.readString(report), "the report staged before the failure did not replace the old one");
        assertEquals("record 1\n", Files.readString(record));
        try (var s = Files.list(dir)) {
            assertEquals(java.util.Set.of("report.md", "eval.yaml", "blocked"), s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "no temporary file is left");
        }
        v2.remove(blocker.resolve("figure.svg"));
        AtomicFiles.writeAll(v2);
        assertEquals("report 2\n", Files.readString(report));
        assertEquals("record 2\n", Files.readString(record));
    }
}
