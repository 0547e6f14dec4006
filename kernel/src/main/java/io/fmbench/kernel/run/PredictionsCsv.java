package io.fmbench.kernel.run;

import io.fmbench.spi.Predictions;
import io.fmbench.spi.Targets;
import java.util.List;

/**
 * predictions.csv: one row per sample with the truth and what the model said, so that runs can be compared sample by
 * sample later (fmbench compare) without re-running the model.
 */
final class PredictionsCsv {

    private PredictionsCsv() {}

    static String render(List<String> ids, Targets t, Predictions p) {
        StringBuilder sb = new StringBuilder("sample_id");
        if (t.isClassification()) {
            sb.append(",y_true,y_pred");
            int k = p.probabilities() == null ? 0 : p.probabilities()[0].length;
            for (int j = 0; j < k; j++) sb.append(",p_").append(j);
            sb.append('\n');
            int[] pred = p.labelsOrArgmax();
            for (int i = 0; i < ids.size(); i++) {
                sb.append(csv(ids.get(i))).append(',').append(t.classes()[i]).append(',').append(pred[i]);
                for (int j = 0; j < k; j++) sb.append(',').append(num(p.probabilities()[i][j]));
                sb.append('\n');
            }
        } else {
            int d = t.values()[0].length;
            for (int j = 0; j < d; j++) sb.append(",y_true_").append(j);
            for (int j = 0; j < d; j++) sb.append(",y_pred_").append(j);
            sb.append('\n');
            for (int i = 0; i < ids.size(); i++) {
                sb.append(csv(ids.get(i)));
                for (double v : t.values()[i]) sb.append(',').append(num(v));
                for (double v : p.values()[i]) sb.append(',').append(num(v));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.toString(v); // shortest text that reads back to the same double
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
