package io.fmbench.kernel.adapters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.fmbench.kernel.FmbenchException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a JDK HttpServer on 127.0.0.1 that honours (or, on /norange, ignores) Range requests. */
class WeightsDownloadTest {

    @TempDir Path dir;
    HttpServer server;
    byte[] payload = new byte[300_000];
    final List<String> ranges = new ArrayList<>();

    @BeforeEach
    void serve() throws Exception {
        for (int i = 0; i < payload.length; i++) payload[i] = (byte) (i * 31 + i / 7);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String range = ex.getRequestHeaders().getFirst("Range");
            ranges.add(range == null ? "-" : range);
            byte[] body = ex.getRequestURI().getPath().endsWith(".zip") ? zip() : payload;
            int from = 0;
            if (range != null && !ex.getRequestURI().getPath().startsWith("/norange")) {
                from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
                ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
                ex.sendResponseHeaders(206, body.length - from);
            } else ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body, from, body.length - from);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private byte[] zip() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                // A fixed entry time: otherwise two zips built across a 2-second DOS-time tick differ.
                ZipEntry entry = new ZipEntry("ckpt/model.bin");
                entry.setTime(946_684_800_000L);
                z.putNextEntry(entry);
                z.write(new byte[] {1, 2, 3});
            }
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void downloadsVerifiesAndReusesWithoutASecondRequest() throws Exception {
        Path target = dir.resolve("m/w.bin");
        WeightsDownload.Result r = new WeightsDownload().fetch(url("/w.bin"), sha(payload), target);
        assertArrayEquals(payload, Files.readAllBytes(target));
        assertFalse(r.reused());
        assertFalse(Files.exists(dir.resolve("m/w.bin.part")));
        assertTrue(new WeightsDownload().fetch(url("/w.bin"), sha(payload).toUpperCase(), target).reused());
        assertEquals(List.of("-"), ranges);
    }

    @Test
    void resumesAPartialFileWithARangeRequest() throws Exception {
        Path target = dir.resolve("m/w.bin");
        Files.createDirectories(target.getParent());
        Files.write(dir.resolve("m/w.bin.part"), Arrays.copyOf(payload, 123_456));
        WeightsDownload.Result r = new WeightsDownload().fetch(url("/w.bin"), sha(payload), target);
        assertTrue(r.resumed());
        assertEquals(List.of("bytes=123456-"), ranges);
        assertArrayEquals(payload, Files.readAllBytes(target));
    }

    @Test
    void aServerIgnoringRangeRestartsFromZero() throws Exception {
        Path target = dir.resolve("m/w.bin");
        Files.createDirectories(target.getParent());
        Files.write(dir.resolve("m/w.bin.part"), new byte[] {9, 9, 9});
        WeightsDownload.Result r = new WeightsDownload().fetch(url("/norange/w.bin"), sha(payload), target);
        assertFalse(r.resumed());
        assertArrayEquals(payload, Files.readAllBytes(target));
    }

    @Test
    void aHashMismatchLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("m/w.bin");
        String wrong = "0".repeat(64);
        FmbenchException e = assertThrows(FmbenchException.class, () -> new WeightsDownload().fetch(url("/w.bin"), wrong, target));
        assertTrue(e.getMessage().contains("SHA-256 of the download is " + sha(payload) + " but --sha256 says " + wrong), e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("m/w.bin.part")));
        assertEquals(2, assertThrows(FmbenchException.class, () -> new WeightsDownload().fetch(url("/w.bin"), "abc", target)).exitCode());
    }

    @Test
    void extractsAZipNextToIt() throws Exception {
        Path target = dir.resolve("m/ckpt.zip");
        new WeightsDownload().fetch(url("/ckpt.zip"), sha(zip()), target);
        Path folder = WeightsDownload.extract(target);
        assertEquals(dir.resolve("m/ckpt"), folder);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(folder.resolve("ckpt/model.bin")));
    }
}
