package io.fmbench.plugin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.MetricInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parity with the Python reference: from its toy fMRI labels, its dummy model's probabilities and metadata.csv, our
 * AUROC / Accuracy / F1-Score equal every number of seed_eval_SUITE-TOY-CLASS_dummy.yaml to its 4 decimals, overall and
 * per stratum (columns site, sex, scanner, disease_stage, ethnicity, age bins; groups under 5 skipped).
 */
class SeedParityTest {

    static Path seedParity() {
        String root = System.getProperty("fmbench.project.root");
        Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("spi")) && Files.isDirectory(dir.resolve("kernel"))))
            dir = dir.getParent();
        Path p = dir == null ? null : dir.resolve("../shared/seed-parity").normalize();
        Assumptions.assumeTrue(p != null && Files.isDirectory(p), "../shared/seed-parity absent: parity test skipped");
        return p;
    }

    @Test
    void overallAndStratifiedMatchReference() throws IOException {
        Path sp = seedParity();
        Path data = sp.resolve("toy_data/neuro/fmri_classification");
        int[] y = Npy.longs(data.resolve("y.npy"));
        double[][] p = Npy.matrix(sp.resolve("dummy123_fmri_classification_proba.npy"));
        List<String> lines = Files.readAllLines(data.resolve("metadata.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        String expectedYaml = Files.readString(sp.resolve("seed_eval_SUITE-TOY-CLASS_dummy.yaml"));

        Map<String, Map<String, double[]>> expected = ReferenceYaml.metrics(expectedYaml);
        assertRounded(expected.get("").get("overall"), MetricInput.classification(y, 2, p, null), "overall");

        int checked = 0;
        for (String column : List.of("site", "sex", "scanner", "disease_stage", "ethnicity", "age")) {
            int c = header.indexOf(column);
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < y.length; i++) {
                String v = lines.get(i + 1).split(",")[c];
                groups.computeIfAbsent(column.equals("age") ? ageBin(Double.parseDouble(v)) : v, g -> new ArrayList<>()).add(i);
            }
            String key = column.equals("age") ? "age_group" : column;
            for (var g : groups.entrySet()) {
                if (g.getValue().size() < 5) continue;
                int[] idx = g.getValue().stream().mapToInt(Integer::intValue).toArray();
                int[] ys = new int[idx.length];
                double[][] ps = new double[idx.length][];
                for (int i = 0; i < idx.length; i++) {
                    ys[i] = y[idx[i]];
                    ps[i] = p[idx[i]];
                }
                double[] want = expected.get(key).get(g.getKey());
                assertTrue(want != null, key + "/" + g.getKey() + " missing in the reference");
                assertEquals(want[3], idx.length, key + "/" + g.getKey() + " N");
                assertRounded(want, MetricInput.classification(ys, 2, ps, null), key + "/" + g.getKey());
                checked++;
            }
        }
        assertEquals(20, checked, "strata checked");
    }

    static String ageBin(double age) {
        for (int lo = 20; lo < 100; lo += 20) if (age >= lo && age < lo + 20) return "age_" + lo + "-" + (lo + 20);
        return "age_unknown";
    }

    private static void assertRounded(double[] want, MetricInput in, String where) {
        String[] names = {"AUROC", "Accuracy", "F1-Score"};
        for (int m = 0; m < 3; m++) {
            double v = Registry.get(names[m]).compute(in).value();
            double rounded = new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).doubleValue(); // Python round(x, 4)
            assertEquals(want[m], rounded, 0.0, where + " " + names[m] + " (unrounded " + v + ")");
        }
    }

    /** The few lines of the reference's eval.yaml we need: group -> {AUROC, Accuracy, F1-Score, N}. */
    static final class ReferenceYaml {
        static Map<String, Map<String, double[]>> metrics(String yaml) {
            Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
            Pattern kv = Pattern.compile("^( *)([^:]+):\\s*(.*)$");
            String column = "", group = "overall";
            boolean inMetrics = false;
            for (String line : yaml.split("\n")) {
                Matcher m = kv.matcher(line);
                if (!m.matches()) continue;
                int indent = m.group(1).length();
                String key = m.group(2).trim(), value = m.group(3).trim();
                if (indent == 0) {
                    inMetrics = key.equals("metrics");
                    continue;
                }
                if (!inMetrics) continue;
                if (indent == 4 && value.isEmpty()) column = key;
                else if (indent == 6 && value.isEmpty()) group = key;
                else if (!value.isEmpty()) {
                    int slot = List.of("AUROC", "Accuracy", "F1-Score", "N").indexOf(key);
                    if (slot < 0) continue;
                    String c = indent == 2 ? "" : column, g = indent == 2 ? "overall" : group;
                    out.computeIfAbsent(c, x -> new LinkedHashMap<>()).computeIfAbsent(g, x -> new double[4])[slot] =
                            Double.parseDouble(value);
                }
            }
            return out;
        }
    }

    /**
     * Just enough of the .npy format for the fixtures: v1 header, little-endian '<i8' and '<f8'; the reference's
     * probability file is in Fortran (column-major) order.
     */
    static final class Npy {
        static ByteBuffer body(Path file, String descr, int[] shapeOut, boolean[] fortranOut) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int headerLen = b.getShort(8) & 0xffff;
            String header = new String(bytes, 10, headerLen, StandardCharsets.ISO_8859_1);
            if (!header.contains("'descr': '" + descr + "'")) throw new IOException(file + ": expected " + descr + ", header " + header);
            fortranOut[0] = header.contains("'fortran_order': True");
            Matcher m = Pattern.compile("'shape': \\((\\d+),\\s*(\\d*)\\)").matcher(header);
            if (!m.find()) throw new IOException(file + ": no shape in " + header);
            shapeOut[0] = Integer.parseInt(m.group(1));
            shapeOut[1] = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            return b.position(10 + headerLen).slice().order(ByteOrder.LITTLE_ENDIAN);
        }

        static int[] longs(Path file) throws IOException {
            int[] shape = new int[2];
            ByteBuffer b = body(file, "<i8", shape, new boolean[1]);
            int[] out = new int[shape[0]];
            for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(b.getLong());
            return out;
        }

        static double[][] matrix(Path file) throws IOException {
            int[] shape = new int[2];
            boolean[] fortran = new boolean[1];
            ByteBuffer b = body(file, "<f8", shape, fortran);
            double[][] out = new double[shape[0]][shape[1]];
            for (int flat = 0; flat < shape[0] * shape[1]; flat++) {
                int i = fortran[0] ? flat % shape[0] : flat / shape[1], j = fortran[0] ? flat / shape[0] : flat % shape[1];
                out[i][j] = b.getDouble();
            }
            return out;
        }
    }
}
