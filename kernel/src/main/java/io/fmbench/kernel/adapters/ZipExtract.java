package io.fmbench.kernel.adapters;

import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a downloaded .zip into a folder named after it (into a temporary folder first, then one atomic rename). */
final class ZipExtract {

    private ZipExtract() {}

    static Path extract(Path zip) throws FmbenchException {
        String name = zip.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip"))
            throw new FmbenchException(zip + ": --extract handles .zip archives; unpack other formats by hand");
        Path dest = zip.resolveSibling(name.substring(0, name.length() - 4));
        if (Files.isDirectory(dest)) return dest;
        try {
            Path tmp = Files.createTempDirectory(zip.getParent(), "." + dest.getFileName() + ".");
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                    Path out = tmp.resolve(e.getName()).normalize();
                    if (!out.startsWith(tmp)) throw new FmbenchException(zip + ": entry '" + e.getName() + "' points outside the archive; refusing to extract");
                    if (e.isDirectory()) Files.createDirectories(out);
                    else {
                        Files.createDirectories(out.getParent());
                        Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
            return dest;
        } catch (IOException e) {
            throw new FmbenchException(zip + ": cannot extract (" + e.getMessage() + ")");
        }
    }
}
