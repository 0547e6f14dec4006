package io.fmbench.kernel.run;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import io.fmbench.spi.Model;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Task;
import io.fmbench.spi.Tensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** In-memory datasets, a model that remembers what it was trained on, and an accuracy metric, for run/ tests. */
public final class TestData {

    private TestData() {}

    /** One feature per sample; metadata column "subject". */
    static Dataset dataset(float[] x, int[] classes, List<String> subjects, Map<String, int[]> splits) {
        List<String> ids = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            ids.add("s" + i);
            rows.add(List.of(subjects.get(i)));
        }
        SampleTable meta = new SampleTable(List.of("subject"), rows);
        return new Dataset() {
            public String id() { return "test"; }
            public int size() { return x.length; }
            public int[] sampleShape() { return new int[] {1}; }
            public Targets targets() { return Targets.classes(classes, List.of("a", "b")); }
            public SampleTable metadata() { return meta; }
            public List<String> sampleIds() { return ids; }
            public Batch read(int from, int to) {
                return new Batch(from, ids.subList(from, to), Tensor.of(java.util.Arrays.copyOfRange(x, from, to), to - from, 1), null);
            }
            public Map<String, int[]> predefinedSplits() { return splits; }
            public List<Path> files() { return List.of(); }
        };
    }

    /** Predicts P(class 1) = the feature; records every sample id it was trained on. */
    static final class Recorder implements Model {
        final List<Set<String>> trainedOn = new ArrayList<>();

        public Set<Output> outputs() { return Set.of(Output.PROBABILITIES); }
        public boolean needsTraining() { return true; }
        public void fit(Batch inputs, Targets targets) { trainedOn.add(new HashSet<>(inputs.sampleIds())); }
        public Predictions predict(Batch b) {
            double[][] p = new double[b.size()][];
            for (int i = 0; i < p.length; i++) p[i] = new double[] {1 - b.inputs().data()[i], b.inputs().data()[i]};
            return Predictions.ofProbabilities(p);
        }
    }

    public static final Metric ACCURACY = new Metric() {
        public String name() { return "Accuracy"; }
        public Task task() { return Task.CLASSIFICATION; }
        public Direction direction() { return Direction.HIGHER_IS_BETTER; }
        public double lowerBound() { return 0; }
        public double upperBound() { return 1; }
        public Set<Output> requires() { return Set.of(Output.LABELS); }
        public MetricResult compute(MetricInput in) {
            int ok = 0;
            for (int i = 0; i < in.classes().length; i++) if (in.classes()[i] == in.predicted()[i]) ok++;
            return MetricResult.of((double) ok / in.classes().length);
        }
    };

    /** Mean absolute error averaged over the output columns; undefined with no samples. */
    public static final Metric MAE = new Metric() {
        public String name() { return "MAE"; }
        public Task task() { return Task.REGRESSION; }
        public Direction direction() { return Direction.LOWER_IS_BETTER; }
        public double lowerBound() { return 0; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public Set<Output> requires() { return Set.of(Output.VALUES); }
        public MetricResult compute(MetricInput in) {
            double sum = 0;
            int n = in.targets().length, d = in.targets()[0].length;
            for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) sum += Math.abs(in.targets()[i][j] - in.estimates()[i][j]);
            return MetricResult.of(sum / (n * d));
        }
    };
}
