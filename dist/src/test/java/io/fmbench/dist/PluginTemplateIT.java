package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party path end to end: plugins/templates/model-adapter is copied out of the repository, built by Maven on its own
 * (no parent, fmbench-spi from the local repository only), and the jar it makes is dropped into a plugins folder,
 * where fmbench lists it and runs the toy suite with it, recording the plugin's version in eval.yaml.
 */
class PluginTemplateIT {

    private static final String TEMPLATE = "plugins/templates/model-adapter";
    private static final String JAR = "target/nearest-centroid-plugin-1.0.0.jar";

    @Test
    void theTemplateBuildsOutsideTheRepositoryAndItsPluginRunsTheToySuite(@TempDir Path dir) throws Exception {
        Path mvn = onPath("mvn");
        assumeTrue(mvn != null, "mvn is not on PATH: the plugin template cannot be built, so this test is skipped");
        Path root = Fmbench.projectRoot();
        String version = System.getProperty("fmbench.project.version");
        Path template = root.resolve(TEMPLATE);
        assertTrue(Files.readString(template.resolve("pom.xml")).contains("<fmbench.spi.artifact.version>" + version + "<"),
                TEMPLATE + "/pom.xml must build against fmbench-spi " + version + ": update its fmbench.spi.artifact.version");

        // What `mvn -pl spi -am install` gives a third party: the SPI and the parent POM its POM names.
        Path repo = Path.of(System.getProperty("fmbench.maven.repo.local"));
        LocalMavenRepository local = new LocalMavenRepository(repo);
        local.install("io.fmbench", "fmbench-parent", version, root.resolve("pom.xml"), null);
        local.install("io.fmbench", "fmbench-spi", version, root.resolve("spi/pom.xml"), Path.of(System.getProperty("fmbench.spi.jar")));

        Path project = dir.resolve("my-model");
        Fmbench.copyTree(template, project, rel -> rel.toString().equals("target"));
        String log = build(mvn, project, repo);
        Path jar = project.resolve(JAR);
        assertTrue(Files.isRegularFile(jar), "mvn package made no " + JAR + ":\n" + log);
        try (JarFile j = new JarFile(jar.toFile())) {
            assertNotNull(j.getEntry("plugin.properties"));
            assertNotNull(j.getEntry("META-INF/services/io.fmbench.spi.ModelAdapterFactory"));
            assertTrue(j.stream().noneMatch(e -> e.getName().startsWith("io/fmbench/")), "the SPI must not be bundled");
        }
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));

        Path ws = Fmbench.workspace(dir.resolve("ws"));
        Fmbench.Result list = Fmbench.run(ws, "list-plugins", "--root", ws.toString(), "--plugins-dir", plugins.toString());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("nearest-centroid\\s+1\\.0\\.0\\s+Example Lab\\s+>=1\\.0\\.0 & <2\\.0\\.0\\s+"
                + "ModelAdapterFactory:nearest_centroid\\s*")), list.out());

        Path out = ws.resolve("results/centroid");
        Fmbench.Result run = Fmbench.run(ws, "run", "--root", ws.toString(), "--plugins-dir", plugins.toString(), "--suite", "SUITE-TOY-CLASS",
                "--model", project.resolve("model_nearest_centroid.yaml").toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String eval = Files.readString(out.resolve("eval.yaml"));
        assertTrue(eval.contains("\n    nearest-centroid: 1.0.0\n"), "the plugin's version is listed under plugins: " + eval);
        assertTrue(eval.contains("\n  model_adapter_plugin: nearest-centroid 1.0.0\n"), eval);
        assertTrue(eval.contains("\n    features: 100\n"), "the model's provenance (the toy set has 100 features): " + eval);
        assertTrue(eval.contains("\nstatus: Completed\n"), eval);
        // The toy set separates its classes well; a working nearest-centroid model is far above chance (0.5).
        Matcher auroc = Pattern.compile("\n  AUROC: ([0-9.]+)\n").matcher(eval);
        assertTrue(auroc.find(), eval);
        assertTrue(Double.parseDouble(auroc.group(1)) > 0.8, "AUROC " + auroc.group(1));
    }

    /** Runs `mvn -o -q -B package` in the project with the build's own local repository; returns its output. */
    private static String build(Path mvn, Path project, Path repo) throws Exception {
        Path log = project.resolveSibling("mvn.log");
        ProcessBuilder pb = new ProcessBuilder(mvn.toString(), "-o", "-q", "-B", "-Dmaven.repo.local=" + repo, "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // The outer Maven's own settings must not leak into a build that stands for a stranger's machine.
        for (String v : List.of("MAVEN_PROJECTBASEDIR", "MAVEN_BASEDIR", "MAVEN_CMD_LINE_ARGS")) pb.environment().remove(v);
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("mvn package of the template did not finish in 240 s:\n" + Files.readString(log));
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), "mvn package of the template failed:\n" + out);
        return out;
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, command);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) return p;
        }
        return null;
    }
}
