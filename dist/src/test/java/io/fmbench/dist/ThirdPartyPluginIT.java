package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model-adapter plugin compiled here against fmbench-spi alone (as a third party would), jarred, and dropped into a
 * plugins folder: fmbench lists it and runs a suite with it; a build for another SPI major version is refused.
 */
class ThirdPartyPluginIT {

    @TempDir static Path ws;

    private static final String SOURCE = """
            package com.example.fm;

            import io.fmbench.spi.*;
            import java.util.Set;

            public final class ConstantFactory implements ModelAdapterFactory {
                public String type() { return "constant"; }
                public Model create(ModelConfig config, ModelContext ctx) {
                    int k = ctx.classCount();
                    return new Model() {
                        public Set<Output> outputs() { return Set.of(Output.PROBABILITIES); }
                        public Predictions predict(Batch b) {
                            double[][] p = new double[b.size()][k];
                            for (double[] row : p) java.util.Arrays.fill(row, 1.0 / k);
                            return Predictions.ofProbabilities(p);
                        }
                    };
                }
            }
            """;

    @BeforeAll
    static void setUp() throws Exception {
        Fmbench.workspace(ws);
    }

    private static Path buildPlugin(Path dir, String requires) throws Exception {
        Path src = dir.resolve("src/com/example/fm/ConstantFactory.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "21", "-cp", System.getProperty("fmbench.spi.jar"), "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "the plugin compiles against fmbench-spi alone");
        Path jar = dir.resolve("constant-model-1.2.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dirEntry : List.of("META-INF/", "META-INF/services/", "com/", "com/example/", "com/example/fm/"))
                put(out, dirEntry, new byte[0]); // as Maven and Gradle write them: PF4J lists META-INF/services as a folder
            put(out, "plugin.properties", ("plugin.id=constant-model\nplugin.version=1.2.0\nplugin.provider=Example Lab\nplugin.requires=" + requires + "\n").getBytes());
            put(out, "META-INF/services/io.fmbench.spi.ModelAdapterFactory", "com.example.fm.ConstantFactory\n".getBytes());
            put(out, "com/example/fm/ConstantFactory.class", Files.readAllBytes(classes.resolve("com/example/fm/ConstantFactory.class")));
            for (Path inner : Files.list(classes.resolve("com/example/fm")).filter(p -> p.getFileName().toString().contains("$")).toList())
                put(out, "com/example/fm/" + inner.getFileName(), Files.readAllBytes(inner));
        }
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        return Files.copy(jar, plugins.resolve(jar.getFileName()));
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    @Test
    void aPluginBuiltAgainstTheSpiAloneIsListedAndRuns(@TempDir Path dir) throws Exception {
        Path jar = buildPlugin(dir, ">=1.0.0 & <2.0.0");
        String plugins = jar.getParent().toString();
        Fmbench.Result list = Fmbench.run(ws, "list-plugins", "--root", ws.toString(), "--plugins-dir", plugins);
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("constant-model") && l.contains("1.2.0") && l.contains("Example Lab")
                && l.contains("ModelAdapterFactory:constant")), list.out());

        Path config = ws.resolve("configs/model_constant.yaml");
        Files.writeString(config, "model_id: constant_fm\ntype: constant\n");
        Path out = ws.resolve("results/constant");
        Fmbench.Result run = Fmbench.run(ws, "run", "--root", ws.toString(), "--plugins-dir", plugins, "--suite", "SUITE-TOY-CLASS",
                "--model", config.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String eval = Files.readString(out.resolve("eval.yaml"));
        assertTrue(eval.contains("constant-model: 1.2.0"), "the adapter plugin's version is recorded: " + eval);
        assertTrue(eval.contains("AUROC: 0.5"), eval);
    }

    @Test
    void aPluginForAnotherSpiIsRefusedWithBothVersions(@TempDir Path dir) throws Exception {
        Path jar = buildPlugin(dir, ">=2.0.0");
        Fmbench.Result r = Fmbench.run(ws, "list-plugins", "--root", ws.toString(), "--plugins-dir", jar.getParent().toString());
        assertEquals(1, r.exit());
        String err = r.err();
        assertTrue(err.startsWith("Error: ") && err.contains("constant-model") && err.contains(">=2.0.0") && err.contains("SPI 1.3.0"), err);
        assertEquals(1, List.of(err.split("\n")).stream().filter(l -> !l.isBlank()).count(), err);
    }
}
