package io.fmbench.kernel.run;

import io.fmbench.spi.Metric;
import io.fmbench.spi.MetricInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The eval record's {@code per_output} block for a regression with several outputs: every metric on each output
 * column alone ({@code out_0}, {@code out_1}, ...; null where undefined), beside the uniform averages in
 * {@code metrics}. Listed up to {@value #MAX_LISTED} outputs; a reconstruction with thousands gets a note instead.
 */
final class OutputTables {

    static final int MAX_LISTED = 64;

    private OutputTables() {}

    /** The block, or null for a single output. */
    static Object perOutput(List<Metric> metrics, MetricInput in, DoubleUnaryOperator round) {
        int d = in.targets()[0].length;
        if (d < 2) return null;
        if (d > MAX_LISTED) return d + " outputs: per-output values are listed up to " + MAX_LISTED;
        Map<String, Object> out = new LinkedHashMap<>();
        for (int j = 0; j < d; j++) {
            Map<String, Object> row = new LinkedHashMap<>();
            Scoring.score(metrics, column(in, j)).forEach((name, r) -> row.put(name, r.defined() ? round.applyAsDouble(r.value()) : null));
            out.put("out_" + j, row);
        }
        return out;
    }

    /** Output j alone, as an n x 1 regression. */
    static MetricInput column(MetricInput in, int j) {
        int n = in.targets().length;
        double[][] t = new double[n][1], e = new double[n][1];
        for (int i = 0; i < n; i++) {
            t[i][0] = in.targets()[i][j];
            e[i][0] = in.estimates()[i][j];
        }
        return MetricInput.regression(t, e);
    }
}
