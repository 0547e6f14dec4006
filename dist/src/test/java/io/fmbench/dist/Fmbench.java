package io.fmbench.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Runs the assembled distribution's bin/fmbench as a user would, capturing what it prints. */
final class Fmbench {

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Path dist() {
        return Path.of(System.getProperty("fmbench.dist.dir"));
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("fmbench.project.root"));
    }

    static Result run(Path cwd, String... args) throws IOException, InterruptedException {
        return run(cwd, Map.of(), args);
    }

    static Result run(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(dist().resolve("bin/fmbench").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("FMBENCH_ROOT");
        pb.environment().put("XDG_CACHE_HOME", cwd.resolve(".cache").toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("fmbench-out", ".txt"), err = Files.createTempFile("fmbench-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("fmbench did not finish: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** A YAML file (eval.yaml, ...) as a map, read by a library independent of fmbench's own readers. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path f) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(f.toFile(), Map.class);
    }

    /** Skips the calling test, saying why, where python3 with NumPy is absent. */
    static void assumePythonWithNumpy(String check) throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("python3", "-c", "import numpy").start().waitFor() == 0,
                "python3 with numpy absent: skipping " + check);
    }

    /** A python_class model (configs/model_boom.yaml) whose predict_proba raises a RuntimeError with this message. */
    static Path failingPythonModel(Path ws, String message) throws IOException {
        Files.writeString(ws.resolve("configs/boom_model.py"), "class Boom:\n    def predict_proba(self, X):\n        raise RuntimeError(\""
                + message + "\")\n");
        Path cfg = ws.resolve("configs/model_boom.yaml");
        Files.writeString(cfg, "model_id: boom\ntype: python_class\nimport_path: \"boom_model:Boom\"\n");
        return cfg;
    }

    /** A fresh workspace: a copy of the project's configs/ (toy data is generated into it on first use). */
    static Path workspace(Path dir) throws IOException {
        copyTree(projectRoot().resolve("configs"), dir.resolve("configs"));
        return dir;
    }

    static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, rel -> false);
    }

    /** Copies a folder tree, leaving out every path (relative to {@code from}) that {@code skip} accepts, and what is below it. */
    static void copyTree(Path from, Path to, Predicate<Path> skip) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path rel = from.relativize(p);
                if (java.util.stream.IntStream.rangeClosed(1, rel.getNameCount()).anyMatch(n -> skip.test(rel.subpath(0, n)))) continue;
                Path t = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private Fmbench() {}
}
