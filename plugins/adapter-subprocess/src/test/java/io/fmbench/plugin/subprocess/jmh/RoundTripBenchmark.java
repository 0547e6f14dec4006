package io.fmbench.plugin.subprocess.jmh;

import io.fmbench.plugin.subprocess.SubprocessModelFactory;
import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the subprocess protocol: a float32 batch of {@code samples x 8192} goes to a NumPy model
 * (test_models.Echo: get_embeddings = 2 * X) and the same number of float32 values comes back as embeddings.
 * MB/s one way = ops/s * samples * 8192 * 4 / 1e6 (the reply carries as many bytes again).
 * Run: mvn -o -q install -DskipTests -pl plugins/adapter-subprocess -am, then
 * mvn -o -Pjmh -pl plugins/adapter-subprocess test -Djmh.args="RoundTrip -f 1 -wi 3 -i 5"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class RoundTripBenchmark {

    static final int FEATURES = 8192;

    @Param({"256"})
    int samples;

    private Model model;
    private Batch batch;
    private Path dir;

    @Setup(Level.Trial)
    public void start() throws Exception {
        dir = Files.createTempDirectory("fmbench-jmh");
        Path models = Path.of(RoundTripBenchmark.class.getResource("/models/test_models.py").toURI()).getParent();
        Path cfg = dir.resolve("model.yaml");
        Files.writeString(cfg, "# benchmark\n");
        model = new SubprocessModelFactory().create(new ModelConfig(cfg, "echo", "python_class",
                        Map.of("import_path", "test_models:Echo", "python_path", List.of(models.toString()))),
                new ModelContext(42, dir, Task.CLASSIFICATION, List.of("0", "1")));
        float[] x = new float[samples * FEATURES];
        for (int i = 0; i < x.length; i++) x[i] = (i % 1000) * 0.001f;
        batch = new Batch(0, IntStream.range(0, samples).mapToObj(Integer::toString).toList(), Tensor.of(x, samples, FEATURES), null);
    }

    @Benchmark
    public Predictions roundTrip() throws Exception {
        return model.predict(batch);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        model.close();
    }
}
