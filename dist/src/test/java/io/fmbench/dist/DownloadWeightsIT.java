package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** download-weights --extract from the user's seat: a .tar.gz made by Python's tarfile, served on loopback. */
class DownloadWeightsIT {

    @TempDir Path ws;

    @Test
    void aTarGzIsDownloadedVerifiedAndUnpackedIntoTheCache() throws Exception {
        byte[] archive = Files.readAllBytes(Fmbench.projectRoot().resolve("kernel/src/test/resources/adapters/gnu.tar.gz"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, archive.length);
            try (var body = ex.getResponseBody()) {
                body.write(archive);
            }
        });
        server.start();
        try {
            Path cache = ws.resolve("cache");
            Fmbench.Result r = Fmbench.run(ws, Map.of("FMBENCH_CACHE_DIR", cache.toString()), "download-weights", "--url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/files/tiny-model.tar.gz", "--sha256", sha, "--name", "tiny", "--extract");
            assertEquals(0, r.exit(), r.out() + r.err());
            Path folder = cache.resolve("weights/tiny/tiny-model");
            assertTrue(r.out().contains("In a model config: cache:tiny/tiny-model"), r.out());
            assertEquals("tiny model\n", Files.readString(folder.resolve("README.txt")));
            assertArrayEquals("\0\1\2\3weights".getBytes(), Files.readAllBytes(folder.resolve("weights/latest.bin")));
        } finally {
            server.stop(0);
        }
    }
}
