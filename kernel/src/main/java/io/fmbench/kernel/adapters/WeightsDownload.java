package io.fmbench.kernel.adapters;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads one model artifact into the weights cache: into {@code FILE.part} first (resumed with an HTTP Range
 * request when a previous attempt left one), then checked against the expected SHA-256 and moved atomically to its
 * final name, so that a file under the final name is always complete and verified.
 */
public final class WeightsDownload {

    public record Result(Path file, boolean reused, boolean resumed, long bytes) {}

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30)).build();

    public Result fetch(URI url, String sha256, Path target) throws FmbenchException {
        String want = sha256.toLowerCase(Locale.ROOT);
        if (!want.matches("[0-9a-f]{64}")) throw new FmbenchException("--sha256 must be 64 hex digits, got '" + sha256 + "'", 2);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(target)) {
                if (Sha256.of(target).equals(want)) return new Result(target, true, false, Files.size(target));
                throw new FmbenchException(target + " exists but its SHA-256 is not " + want + "; delete it or choose another --name/--filename");
            }
            long have = Files.isRegularFile(part) ? Files.size(part) : 0;
            HttpRequest.Builder req = HttpRequest.newBuilder(url).header("User-Agent", "fmbench/0.1 (weights downloader)").GET();
            if (have > 0) req.header("Range", "bytes=" + have + "-");
            HttpResponse<InputStream> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = resp.statusCode();
            boolean resumed = have > 0 && status == 206;
            if (status != 200 && status != 206) {
                resp.body().close();
                if (status == 416 && have > 0) Files.delete(part); // our partial file is longer than the resource: start over next time
                throw new FmbenchException(url + ": the server answered HTTP " + status + "; check the URL" + (status == 416 ? " (partial file removed; retry)" : ""));
            }
            try (InputStream in = resp.body();
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            String got = Sha256.of(part);
            if (!got.equals(want)) {
                Files.delete(part);
                throw new FmbenchException(url + ": SHA-256 of the download is " + got + " but --sha256 says " + want
                        + "; the download was discarded (check the hash, or the source changed)");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, false, resumed, Files.size(target));
        } catch (IOException e) {
            throw new FmbenchException(url + ": download failed (" + e.getMessage() + "); run the command again to resume from " + part);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FmbenchException("download interrupted; run the command again to resume from " + part);
        }
    }

    /** File name for a URL: the last path segment, else weights.bin. */
    public static String fileNameOf(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "weights.bin" : name;
    }


    /** Unpacks a downloaded .zip, .tar, .tar.gz or .tgz into a folder next to it; returns the folder. */
    public static Path extract(Path archive) throws FmbenchException {
        return ArchiveExtract.extract(archive);
    }
}
