package io.fmbench.plugin.subprocess;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Task;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Test helpers: python3 + NumPy detection, configs for the test models, and the project root. */
final class PythonModels {

    private static Boolean available;

    private PythonModels() {}

    /** Skips the calling test (with a message) when python3 with NumPy cannot be run here. */
    static void assumePython() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        assumeTrue(available, "python3 with NumPy is not installed here; subprocess integration tests skipped");
    }

    static Path modelsDir() {
        try {
            return Path.of(PythonModels.class.getResource("/models/test_models.py").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A python_class config file in {@code dir} for {@code module:Class} of the test models, plus extra settings. */
    static ModelConfig pythonClass(Path dir, String importPath, Map<String, Object> extra) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model_id", "m");
        s.put("type", "python_class");
        s.put("import_path", importPath);
        s.put("python_path", List.of(modelsDir().toString()));
        s.putAll(extra);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, "# written by the test\n");
        return new ModelConfig(file, "m", "python_class", s);
    }

    static ModelContext context(Path workDir, Task task, int classes) {
        List<String> names = classes == 0 ? List.of() : java.util.stream.IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        return new ModelContext(42, workDir, task, names);
    }

    static SubprocessModel start(ModelConfig config, ModelContext ctx) throws ModelException {
        return (SubprocessModel) new SubprocessModelFactory().create(config, ctx);
    }

    /** The project root: system property fmbench.project.root, else the nearest folder above with spi/ and kernel/. */
    static Path projectRoot() {
        String prop = System.getProperty("fmbench.project.root");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("spi")) && Files.isDirectory(p.resolve("kernel"))) return p;
        throw new IllegalStateException("cannot find the project root");
    }
}
