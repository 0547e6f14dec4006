package io.fmbench.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Puts freshly built artifacts into a local Maven repository the way {@code mvn install} lays them out, without Maven:
 * a CI machine that only ran {@code mvn verify} may not have maven-install-plugin, and an offline build cannot fetch
 * it. Files are written to a temporary name in the same folder and moved into place, so a concurrent build never
 * reads half a file; identical files are left alone.
 */
final class LocalMavenRepository {

    private final Path root;

    LocalMavenRepository(Path root) {
        this.root = root;
    }

    /** Installs {@code pom} (and {@code jar}, when not null) as groupId:artifactId:version. */
    void install(String groupId, String artifactId, String version, Path pom, Path jar) throws IOException {
        Path dir = root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        String base = artifactId + "-" + version;
        put(pom, dir.resolve(base + ".pom"));
        if (jar != null) put(jar, dir.resolve(base + ".jar"));
        // As maven-install-plugin records it: built locally, not from a remote repository (an empty repository id).
        Path origin = dir.resolve("_remote.repositories");
        String existing = Files.exists(origin) ? Files.readString(origin) : "";
        StringBuilder add = new StringBuilder();
        for (String file : jar == null ? new String[] {base + ".pom"} : new String[] {base + ".pom", base + ".jar"})
            if (existing.lines().noneMatch(l -> l.equals(file + ">="))) add.append(file).append(">=\n");
        if (!add.isEmpty()) write(origin, (existing.isEmpty() || existing.endsWith("\n") ? existing : existing + "\n") + add);
    }

    private static void put(Path from, Path to) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        if (Files.exists(to) && Arrays.equals(bytes, Files.readAllBytes(to))) return;
        write(to, bytes);
    }

    private static void write(Path to, String text) throws IOException {
        write(to, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void write(Path to, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(to.getParent(), to.getFileName().toString(), ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
