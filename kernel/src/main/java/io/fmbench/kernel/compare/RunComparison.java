package io.fmbench.kernel.compare;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.Markdown;
import io.fmbench.kernel.stats.BootstrapOptions;
import io.fmbench.kernel.stats.DeLong;
import io.fmbench.kernel.stats.Holm;
import io.fmbench.kernel.stats.McNemar;
import io.fmbench.kernel.stats.MetricStatistics;
import io.fmbench.kernel.stats.PairedBootstrap;
import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import io.fmbench.spi.MetricResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code fmbench compare}: two runs of the same benchmark on the same data, sample by sample. AUROC of a binary task by
 * DeLong's test, accuracy by McNemar's, every other metric by a paired bootstrap (both runs under the same resample
 * weights), then Holm's step-down correction across the metrics tested.
 */
public final class RunComparison {

    /** One metric's comparison; diff is B - A. */
    record Row(String metric, Direction direction, double a, double b, double diff, double lower, double upper, String test, double p) {}

    private RunComparison() {}

    /** Refuses runs that are not of the same benchmark, data and samples, with what differs. */
    static void checkComparable(RunFolder a, RunFolder b) throws FmbenchException {
        same(a, b, "benchmark_id", a.eval().get("benchmark_id"), b.eval().get("benchmark_id"));
        same(a, b, "dataset_id", a.eval().get("dataset_id"), b.eval().get("dataset_id"));
        same(a, b, "run_metadata.dataset_sha256 (the data files' hashes)", a.meta("dataset_sha256"), b.meta("dataset_sha256"));
        if (!a.ids().equals(b.ids()))
            throw new FmbenchException("RUN_A and RUN_B scored different samples (sample_id lists in predictions.csv differ: "
                    + a.ids().size() + " vs " + b.ids().size() + " samples); compare runs with the same split and dataset");
        boolean sameTruth = a.input().classes() != null ? Arrays.equals(a.input().classes(), b.input().classes())
                : Arrays.deepEquals(a.input().targets(), b.input().targets());
        if (!sameTruth) throw new FmbenchException("RUN_A and RUN_B disagree on the true labels in predictions.csv; they were not run on the same data");
    }

    private static void same(RunFolder a, RunFolder b, String field, Object x, Object y) throws FmbenchException {
        if (!Objects.equals(x, y))
            throw new FmbenchException("RUN_A (" + a.dir() + ") and RUN_B (" + b.dir() + ") differ in " + field + " (" + x + " vs " + y
                    + "); compare only runs of the same benchmark on the same data");
    }

    static List<Row> compare(RunFolder a, RunFolder b, List<Metric> metrics, long seed, int resamples) {
        MetricInput ia = a.input(), ib = b.input();
        int n = a.ids().size();
        BootstrapOptions opt = BootstrapOptions.defaults(seed).withResamples(resamples).withThreads(Runtime.getRuntime().availableProcessors());
        List<Row> rows = new ArrayList<>();
        for (Metric m : metrics) {
            double va = value(m, ia), vb = value(m, ib);
            if (Double.isNaN(va) || Double.isNaN(vb)) continue; // undefined for a run: nothing to test
            if (m.name().equals("AUROC") && ia.classCount() == 2 && ia.probabilities() != null && ib.probabilities() != null) {
                boolean[] pos = new boolean[n];
                for (int i = 0; i < n; i++) pos[i] = ia.classes()[i] == 1;
                DeLong.Result r = DeLong.test(column(ib.probabilities(), 1), column(ia.probabilities(), 1), pos);
                rows.add(new Row(m.name(), m.direction(), va, vb, r.difference(), r.difference() - 1.959964 * r.se(),
                        r.difference() + 1.959964 * r.se(), "DeLong", r.p()));
            } else if (m.name().equals("Accuracy") && ia.predicted() != null) {
                McNemar.Result r = McNemar.test(ia.classes(), ib.predicted(), ia.predicted());
                rows.add(new Row(m.name(), m.direction(), va, vb, vb - va, Double.NaN, Double.NaN, r.exact() ? "McNemar (exact)" : "McNemar", r.p()));
            } else {
                PairedBootstrap.Result r = PairedBootstrap.test(MetricStatistics.of(m, ib), MetricStatistics.of(m, ia), n, opt);
                rows.add(new Row(m.name(), m.direction(), va, vb, vb - va, r.interval().lower(), r.interval().upper(),
                        "paired bootstrap (" + resamples + ")", r.p()));
            }
        }
        return rows;
    }

    static String markdown(RunFolder a, RunFolder b, List<Row> rows) {
        double[] p = rows.stream().mapToDouble(Row::p).toArray();
        double[] adj = Holm.adjust(p);
        StringBuilder md = new StringBuilder("# Paired comparison\n\n");
        md.append("- **A**: ").append(a.modelId()).append(" (").append(a.dir()).append(")\n");
        md.append("- **B**: ").append(b.modelId()).append(" (").append(b.dir()).append(")\n");
        md.append("- **Benchmark**: ").append(a.eval().get("benchmark_id")).append(", dataset ").append(a.eval().get("dataset_id"))
                .append(", ").append(a.ids().size()).append(" samples scored by both\n");
        md.append("- Differences are B - A; p-values are two-sided, Holm-adjusted across the ").append(rows.size()).append(" metrics.\n\n");
        md.append(Markdown.header(List.of("Metric", "Better", "A", "B", "B - A", "95% CI of B - A", "Test", "p", "p (Holm)", "B better?")));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean better = r.direction() == Direction.HIGHER_IS_BETTER ? r.diff() > 0 : r.diff() < 0;
            String verdict = adj[i] < 0.05 ? (better ? "yes" : "no, worse") : "no significant difference";
            md.append(Markdown.row(List.of(r.metric(), r.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower", f(r.a()), f(r.b()),
                    f(r.diff()), Double.isNaN(r.lower()) ? "" : "[" + f(r.lower()) + ", " + f(r.upper()) + "]", r.test(), pv(r.p()), pv(adj[i]), verdict)));
        }
        return md.toString();
    }

    private static double value(Metric m, MetricInput in) {
        try {
            MetricResult r = m.compute(in);
            return r.defined() ? r.value() : Double.NaN;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double[] column(double[][] p, int c) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) out[i] = p[i][c];
        return out;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String pv(double p) {
        if (Double.isNaN(p)) return "n/a";
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
