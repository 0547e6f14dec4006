package io.fmbench.kernel.hub;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project root and the reference fixtures (skipping when /work/shared is absent). */
public final class Paths {

    private Paths() {}

    public static Path projectRoot() {
        String p = System.getProperty("fmbench.project.root");
        if (p != null && Files.isDirectory(Path.of(p, "kernel"))) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent())
            if (Files.isDirectory(d.resolve("spi")) && Files.isDirectory(d.resolve("kernel"))) return d;
        throw new IllegalStateException("cannot find the project root");
    }

    /** ../shared/seed-parity/reference, or the test is skipped. */
    public static Path reference() {
        Path r = projectRoot().resolve("../shared/seed-parity/reference").normalize();
        assumeTrue(Files.isDirectory(r.resolve("evals")), "reference fixtures absent at " + r + "; test skipped");
        return r;
    }

    static Catalog referenceCatalog() throws Exception {
        Path r = reference();
        return Catalog.load(r.resolve("benchmarks"), r.resolve("datasets"), r.resolve("models"));
    }
}
