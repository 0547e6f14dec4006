package io.fmbench.kernel.adapters;

import io.fmbench.kernel.FmbenchException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a downloaded .zip, .tar, .tar.gz or .tgz into a folder named after it: into a temporary folder next to it
 * first, then one atomic rename, so a folder under the final name is always complete. No entry may leave that folder:
 * absolute names, {@code ..} that climbs out, and links whose target is outside are refused. Links inside are written
 * as copies of their target, never as links on disk, so that no later entry can be written through one.
 */
final class ArchiveExtract {

    private static final List<String> SUFFIXES = List.of(".tar.gz", ".tgz", ".tar", ".zip");

    /** A tar link seen while extracting: copied from its target once every regular entry is written. */
    private record Link(String name, Path at, Path target) {}

    private ArchiveExtract() {}

    static Path extract(Path archive) throws FmbenchException {
        String name = archive.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String suffix = SUFFIXES.stream().filter(lower::endsWith).findFirst().orElseThrow(() ->
                new FmbenchException(archive + ": --extract handles .zip, .tar, .tar.gz and .tgz archives; unpack other formats by hand"));
        Path dest = archive.resolveSibling(name.substring(0, name.length() - suffix.length()));
        if (Files.isDirectory(dest)) return dest;
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory(archive.toAbsolutePath().getParent(), "." + dest.getFileName() + ".");
            if (suffix.equals(".zip")) unzip(archive, tmp);
            else untar(archive, tmp);
            Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
            return dest;
        } catch (IOException e) {
            deleteTree(tmp);
            throw new FmbenchException(archive + ": cannot extract (" + e.getMessage() + ")");
        } catch (FmbenchException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static void unzip(Path zip, Path root) throws IOException, FmbenchException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path out = inside(zip, root, e.getName());
                if (e.isDirectory()) Files.createDirectories(out);
                else write(z, out);
            }
        }
    }

    private static void untar(Path tarFile, Path root) throws IOException, FmbenchException {
        List<Link> links = new ArrayList<>();
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(tarFile)); InputStream in = gunzipIfNeeded(raw)) {
            TarReader tar = new TarReader(in);
            for (TarReader.Entry e; (e = tar.next()) != null; ) {
                Path out = inside(tarFile, root, e.name());
                switch (e.kind()) {
                    case DIRECTORY -> Files.createDirectories(out);
                    case FILE -> write(tar.content(), out);
                    case SYMLINK, HARDLINK -> links.add(link(tarFile, root, e, out));
                    case OTHER -> throw new FmbenchException(tarFile + ": entry '" + e.name() + "' is a device, FIFO or other special file (tar type '"
                            + e.typeFlag() + "'); refusing to extract");
                }
            }
        }
        for (Link l : links) copy(tarFile, l);
    }

    /** gzip by its magic number, whatever the file is called. */
    private static InputStream gunzipIfNeeded(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read(), b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Symlink targets are relative to the link's folder, hard-link targets to the archive root (as tar has them). */
    private static Link link(Path archive, Path root, TarReader.Entry e, Path at) throws FmbenchException {
        String what = (e.kind() == TarReader.Kind.SYMLINK ? "symlink" : "hard link") + " '" + e.name() + "' -> '" + e.linkName() + "'";
        if (e.linkName().isEmpty() || isAbsolute(e.linkName()))
            throw new FmbenchException(archive + ": " + what + " is absolute or empty; refusing to extract");
        Path target = (e.kind() == TarReader.Kind.SYMLINK ? at.getParent() : root).resolve(e.linkName()).normalize();
        if (!target.startsWith(root))
            throw new FmbenchException(archive + ": " + what + " points outside the archive; refusing to extract");
        if (at.startsWith(target)) throw new FmbenchException(archive + ": " + what + " points to a folder holding it; refusing to extract");
        return new Link(e.name(), at, target);
    }

    private static void copy(Path archive, Link l) throws IOException, FmbenchException {
        if (!Files.exists(l.target()))
            throw new FmbenchException(archive + ": link '" + l.name() + "' points to '" + l.target().getFileName() + "', which the archive does not hold");
        Files.createDirectories(l.at().getParent());
        if (!Files.isDirectory(l.target())) {
            Files.copy(l.target(), l.at(), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> s = Files.walk(l.target())) {
            for (Path p : s.toList()) {
                Path to = l.at().resolve(l.target().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Where an entry goes; refuses names that are absolute or climb out of the folder. */
    private static Path inside(Path archive, Path root, String name) throws FmbenchException {
        if (isAbsolute(name)) throw new FmbenchException(archive + ": entry '" + name + "' has an absolute path; refusing to extract");
        Path out = root.resolve(name).normalize();
        if (!out.startsWith(root)) throw new FmbenchException(archive + ": entry '" + name + "' points outside the archive; refusing to extract");
        return out;
    }

    private static boolean isAbsolute(String name) {
        return name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:[\\\\/].*");
    }

    private static void write(InputStream content, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        Files.copy(content, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a hidden temporary folder is left, never a folder under the final name
        }
    }
}
