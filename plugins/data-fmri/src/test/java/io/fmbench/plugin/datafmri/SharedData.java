package io.fmbench.plugin.datafmri;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** ../shared/data from the project root; tests that need it are skipped, with a message, when it is absent. */
final class SharedData {

    private SharedData() {}

    static Path folder(String name) {
        String root = System.getProperty("fmbench.project.root");
        Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("spi")) && Files.isDirectory(dir.resolve("kernel")))) dir = dir.getParent();
        Path p = dir == null ? null : dir.resolve("../shared/data").resolve(name).normalize();
        Assumptions.assumeTrue(p != null && Files.isDirectory(p), "../shared/data/" + name + " absent: real-data test skipped");
        return p;
    }
}
