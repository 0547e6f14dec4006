package io.fmbench.kernel.compare;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.YamlFiles;
import io.fmbench.spi.MetricInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An output folder of {@code fmbench run}, as compare needs it: the eval record (benchmark, dataset, hashes, task) and
 * the per-sample truth and predictions of predictions.csv.
 *
 * @param label "RUN_A" or "RUN_B", for messages
 * @param input truth and predictions per sample, in the file's order
 */
record RunFolder(String label, Path dir, Map<String, Object> eval, List<String> ids, MetricInput input) {

    static RunFolder read(String label, Path dir) throws FmbenchException {
        Path eval = dir.resolve("eval.yaml"), csv = dir.resolve("predictions.csv");
        for (Path f : List.of(eval, csv))
            if (!Files.isRegularFile(f))
                throw new FmbenchException(label + " (" + dir + ") has no " + f.getFileName() + "; give an output folder written by fmbench run", 2);
        Map<String, Object> rec = YamlFiles.readMap(eval);
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FmbenchException(csv + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (lines.size() < 2) throw new FmbenchException(csv + ": no samples; re-run fmbench run to write it");
        List<String> head = CsvLine.split(lines.get(0));
        List<String> ids = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> r = CsvLine.split(lines.get(i));
            if (r.size() != head.size())
                throw new FmbenchException(csv + ": line " + (i + 1) + " has " + r.size() + " fields, the header " + head.size() + "; the file is damaged, re-run fmbench run");
            ids.add(r.get(0));
            rows.add(r);
        }
        try {
            return new RunFolder(label, dir, rec, ids, head.contains("y_true") ? classification(head, rows) : regression(head, rows));
        } catch (NumberFormatException e) {
            throw new FmbenchException(csv + ": a value is not a number (" + e.getMessage() + "); the file is damaged, re-run fmbench run");
        }
    }

    private static MetricInput classification(List<String> head, List<List<String>> rows) {
        int n = rows.size(), yt = head.indexOf("y_true"), yp = head.indexOf("y_pred");
        List<Integer> probCols = new ArrayList<>();
        for (int j = 0; j < head.size(); j++) if (head.get(j).startsWith("p_")) probCols.add(j);
        int[] truth = new int[n], pred = new int[n];
        double[][] prob = probCols.isEmpty() ? null : new double[n][probCols.size()];
        int k = probCols.size();
        for (int i = 0; i < n; i++) {
            truth[i] = Integer.parseInt(rows.get(i).get(yt));
            pred[i] = Integer.parseInt(rows.get(i).get(yp));
            k = Math.max(k, Math.max(truth[i], pred[i]) + 1);
            for (int c = 0; c < probCols.size(); c++) prob[i][c] = Double.parseDouble(rows.get(i).get(probCols.get(c)));
        }
        return MetricInput.classification(truth, k, prob, pred);
    }

    private static MetricInput regression(List<String> head, List<List<String>> rows) {
        int n = rows.size();
        List<Integer> t = new ArrayList<>(), p = new ArrayList<>();
        for (int j = 0; j < head.size(); j++) {
            if (head.get(j).startsWith("y_true_")) t.add(j);
            if (head.get(j).startsWith("y_pred_")) p.add(j);
        }
        double[][] truth = new double[n][t.size()], est = new double[n][p.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < t.size(); j++) truth[i][j] = Double.parseDouble(rows.get(i).get(t.get(j)));
            for (int j = 0; j < p.size(); j++) est[i][j] = Double.parseDouble(rows.get(i).get(p.get(j)));
        }
        return MetricInput.regression(truth, est);
    }

    @SuppressWarnings("unchecked")
    Object meta(String key) {
        Object m = eval.get("run_metadata");
        return m instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
    }

    String modelId() {
        return eval.get("model_ids") instanceof Map<?, ?> m ? String.valueOf(m.get("candidate")) : dir.getFileName().toString();
    }
}
