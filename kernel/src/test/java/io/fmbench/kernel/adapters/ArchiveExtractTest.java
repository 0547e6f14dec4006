package io.fmbench.kernel.adapters;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --extract on tar (plain and gzipped, ustar/GNU/pax) and zip archives, including hostile ones. */
class ArchiveExtractTest {

    @TempDir Path dir;

    private static final byte[] W = {1, 2, 3, 4, 5};

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve("cache/m").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What the cache folder holds besides the archive: nothing half-written, no temporary folder. */
    private List<String> cacheListing() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("cache/m"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPlainTarWithLongNamesBinarySizesAndLinksIsUnpacked() throws Exception {
        String longName = "ckpt/" + "n".repeat(120) + "/layer.bin";
        Path tar = write("model.tar", new TarBuilder()
                .dir("ckpt/")
                .file("ckpt/w.bin", W)
                .gnuLongName(longName, text("long"))
                .paxPath("ckpt/pax/" + "p".repeat(110) + ".json", "ckpt/short_name.json", text("{\"pax\": true}"))
                .fileWithBinarySize("ckpt/big.bin", text("base-256 size"))
                .symlink("ckpt/alias.bin", "w.bin")
                .hardlink("ckpt/same.bin", "ckpt/w.bin")
                .tar());
        Path out = WeightsDownload.extract(tar);
        assertEquals(dir.resolve("cache/m/model"), out);
        assertArrayEquals(W, Files.readAllBytes(out.resolve("ckpt/w.bin")));
        assertEquals("long", Files.readString(out.resolve(longName)));
        assertEquals("{\"pax\": true}", Files.readString(out.resolve("ckpt/pax/" + "p".repeat(110) + ".json")));
        assertFalse(Files.exists(out.resolve("ckpt/short_name.json")), "the pax path wins over the header's name");
        assertEquals("base-256 size", Files.readString(out.resolve("ckpt/big.bin")));
        assertArrayEquals(W, Files.readAllBytes(out.resolve("ckpt/alias.bin")));
        assertFalse(Files.isSymbolicLink(out.resolve("ckpt/alias.bin")), "links are written as copies, never as links");
        assertArrayEquals(W, Files.readAllBytes(out.resolve("ckpt/same.bin")));
        assertEquals(List.of("model", "model.tar"), cacheListing());
        assertEquals(out, WeightsDownload.extract(tar), "a second --extract reuses the folder");
    }

    @Test
    void gzippedTarsAreUnpackedUnderBothSuffixes() throws Exception {
        byte[] tgz = new TarBuilder().file("a/w.bin", W).tgz();
        assertArrayEquals(W, Files.readAllBytes(WeightsDownload.extract(write("one.tgz", tgz)).resolve("a/w.bin")));
        assertArrayEquals(W, Files.readAllBytes(WeightsDownload.extract(write("two.tar.gz", tgz)).resolve("a/w.bin")));
        assertEquals(dir.resolve("cache/m/two"), WeightsDownload.extract(write("two.tar.gz", tgz)));
    }

    @Test
    void archivesMadeByPythonTarfileAreUnpacked() throws Exception {
        // fixtures written by make_tar_fixtures.py (Python's tarfile), next to them in src/test/resources/adapters
        Path gnu = WeightsDownload.extract(write("gnu.tar.gz", resource("gnu.tar.gz")));
        String inner = "x".repeat(110) + "/model.bin";
        assertArrayEquals(text("\0\1\2\3weights"), Files.readAllBytes(gnu.resolve("weights/" + inner)));
        assertArrayEquals(text("\0\1\2\3weights"), Files.readAllBytes(gnu.resolve("weights/latest.bin")), "GNU 'K' long link name");
        assertEquals("tiny model\n", Files.readString(gnu.resolve("README.txt")));
        assertEquals("tiny model\n", Files.readString(gnu.resolve("copy_of_readme.txt")));
        Path pax = WeightsDownload.extract(write("pax.tgz", resource("pax.tgz")));
        assertEquals("{\"layers\": 2}\n", Files.readString(pax.resolve("gewichte/" + "ü".repeat(100) + "/config.json")));
        Path ustar = WeightsDownload.extract(write("ustar.tar.gz", resource("ustar.tar.gz")));
        assertEquals("ustar prefix\n", Files.readString(ustar.resolve("a".repeat(60) + "/" + "b".repeat(60) + "/c.txt")));
    }

    private static byte[] resource(String name) throws Exception {
        try (var in = ArchiveExtractTest.class.getResourceAsStream("/adapters/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void entriesThatLeaveTheFolderAreRefusedAndNothingIsLeft() throws Exception {
        record Case(String file, TarBuilder tar, String mention) {}
        List<Case> cases = List.of(
                new Case("abs.tar", new TarBuilder().file("ok.bin", W).file("/etc/evil", W), "'/etc/evil' has an absolute path"),
                new Case("dots.tar", new TarBuilder().file("a/../../evil", W), "'a/../../evil' points outside"),
                new Case("longdots.tar", new TarBuilder().gnuLongName("../" + "e".repeat(110), W), "points outside"),
                new Case("paxdots.tar", new TarBuilder().paxPath("../../evil", "harmless", W), "'../../evil' points outside"),
                new Case("sym.tar", new TarBuilder().dir("a/").symlink("a/l", "../../outside"), "symlink 'a/l' -> '../../outside' points outside"),
                new Case("symabs.tar", new TarBuilder().symlink("l", "/etc/passwd"), "symlink 'l' -> '/etc/passwd' is absolute"),
                new Case("hard.tar", new TarBuilder().hardlink("h", "../x"), "hard link 'h' -> '../x' points outside"),
                new Case("loop.tar", new TarBuilder().dir("a/").symlink("a/self", "."), "points to a folder holding it"),
                new Case("fifo.tar", new TarBuilder().fifo("pipe"), "'pipe' is a device, FIFO"));
        for (Case c : cases) {
            Path archive = write(c.file(), c.tar().tar());
            FmbenchException e = assertThrows(FmbenchException.class, () -> WeightsDownload.extract(archive), c.file());
            assertTrue(e.getMessage().startsWith(archive + ": ") && e.getMessage().contains(c.mention()), e.getMessage());
        }
        assertEquals(cases.stream().map(Case::file).sorted().toList(), cacheListing(), "no folder, no temporary folder");
        assertFalse(Files.exists(dir.resolve("cache/evil")) || Files.exists(dir.resolve("evil")) || Files.exists(dir.resolve("cache/m/evil")));
    }

    @Test
    void aZipWithDotDotIsRefusedToo() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("../evil.bin"));
            z.write(W);
        }
        Path zip = write("bad.zip", b.toByteArray());
        FmbenchException e = assertThrows(FmbenchException.class, () -> WeightsDownload.extract(zip));
        assertTrue(e.getMessage().contains("'../evil.bin' points outside"), e.getMessage());
        assertEquals(List.of("bad.zip"), cacheListing());
    }

    @Test
    void brokenAndUnknownArchivesSayWhatIsWrong() throws Exception {
        Path notTar = write("junk.tar", text("this is a text file, not an archive at all".repeat(20)));
        assertTrue(assertThrows(FmbenchException.class, () -> WeightsDownload.extract(notTar)).getMessage()
                .contains("not a tar archive (bad header checksum at byte 0)"));
        byte[] whole = new TarBuilder().file("w.bin", new byte[2000]).tar();
        Path cut = write("cut.tar", Arrays.copyOf(whole, 1500));
        assertTrue(assertThrows(FmbenchException.class, () -> WeightsDownload.extract(cut)).getMessage().contains("ends inside an entry"));
        Path rar = write("model.rar", W);
        assertTrue(assertThrows(FmbenchException.class, () -> WeightsDownload.extract(rar)).getMessage()
                .contains("--extract handles .zip, .tar, .tar.gz and .tgz archives"));
        assertEquals(List.of("cut.tar", "junk.tar", "model.rar"), cacheListing());
    }
}
