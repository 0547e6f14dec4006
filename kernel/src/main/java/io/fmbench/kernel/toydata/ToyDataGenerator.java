package io.fmbench.kernel.toydata;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.spi.npy.Npy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the reference's five toy datasets (same folders, shapes, dtypes and metadata columns; see reference-spec §5)
 * from our own seeded generators. Unlike the reference, every file, regression ages included, follows from the seed.
 */
public final class ToyDataGenerator {

    /** A toy set's folder under toy_data/ and a one-line description of its shape. */
    public record ToySet(String folder, String shape) {}

    public static final List<ToySet> SETS = List.of(
            new ToySet("neuro/fmri_classification", "(200, 100)"),
            new ToySet("genomics/gene_expression_classification", "(200, 50)"),
            new ToySet("neuro/regression", "(200, 100) -> (200, 100)"),
            new ToySet("neuro/robustness", "(100, 16, 500)"),
            new ToySet("neuro/eeg_classification", "(150, 32, 1000)"));

    private static final String[] CLINICAL_COLUMNS = {"subject_id", "age", "sex", "site", "scanner", "disease_stage", "ethnicity", "diagnosis"};

    private final long seed;

    public ToyDataGenerator(long seed) {
        this.seed = seed;
    }

    /** Generates all five sets under {@code root}, returning one line per set for the user. */
    public List<String> generateAll(Path root) throws FmbenchException {
        List<String> lines = new ArrayList<>();
        for (ToySet s : SETS) lines.add(generate(root, s.folder()));
        return lines;
    }

    /** Generates one set by folder name (e.g. "neuro/fmri_classification"). */
    public String generate(Path root, String folder) throws FmbenchException {
        Path dir = root.resolve(folder);
        try {
            switch (folder) {
                case "neuro/fmri_classification" -> classification(dir, 200, 100, 2, 10);
                case "genomics/gene_expression_classification" -> classification(dir, 200, 50, 3, 20);
                case "neuro/regression" -> regression(dir, 200, 100, 100);
                case "neuro/robustness" -> timeSeries(dir, 100, 16, 500, 2, 200);
                case "neuro/eeg_classification" -> timeSeries(dir, 150, 32, 1000, 3, 256);
                default -> throw new FmbenchException("unknown toy dataset folder '" + folder + "'");
            }
        } catch (IOException e) {
            throw new FmbenchException(dir + ": cannot write toy data (" + e.getMessage() + "); check that the folder is writable, or work from one that is: copy the installation's configs/ there and give it"
                    + " with --root (or FMBENCH_ROOT)");
        }
        return "Generated " + folder + " in " + dir;
    }

    private void classification(Path dir, int n, int features, int classes, int informative) throws IOException, FmbenchException {
        ToyRandom r = new ToyRandom(seed);
        ClassificationData d = ClassificationData.make(r, n, features, classes, informative);
        Npy.write(dir.resolve("X.npy"), d.x(), n, features);
        Npy.write(dir.resolve("y.npy"), d.y(), n);
        ToyRandom meta = new ToyRandom(seed + 1);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {String.format("SUBJ_%04d", i), Integer.toString(meta.integer(20, 85)),
                    meta.choice(new String[] {"M", "F"}), meta.choice(new String[] {"SiteA", "SiteB", "SiteC"}),
                    meta.choice(new String[] {"Siemens", "GE", "Philips"}), meta.choice(new String[] {"CN", "MCI", "AD"}),
                    meta.choice(new String[] {"White", "Black", "Asian", "Hispanic", "Other"}, new double[] {0.4, 0.2, 0.15, 0.2, 0.05}),
                    Long.toString(d.y()[i])});
        }
        writeCsv(dir.resolve("metadata.csv"), CLINICAL_COLUMNS, rows);
    }

    private void regression(Path dir, int n, int features, int targets) throws IOException, FmbenchException {
        ToyRandom r = new ToyRandom(seed);
        double[] x = new double[n * features];
        for (int i = 0; i < x.length; i++) x[i] = r.gaussian();
        int informative = 10;
        double[] w = new double[features * targets];
        for (int f = 0; f < informative; f++) for (int t = 0; t < targets; t++) w[f * targets + t] = 100 * r.uniform(0, 1);
        double[] y = new double[n * targets];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < targets; t++) {
                double s = 0;
                for (int f = 0; f < informative; f++) s += x[i * features + f] * w[f * targets + t];
                y[i * targets + t] = s + 0.1 * r.gaussian();
            }
        }
        Npy.write(dir.resolve("X.npy"), x, n, features);
        Npy.write(dir.resolve("y.npy"), y, n, targets);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(new String[] {String.format("SUBJ_%04d", i), Integer.toString(r.integer(18, 70))});
        writeCsv(dir.resolve("metadata.csv"), new String[] {"subject_id", "age"}, rows);
    }

    private void timeSeries(Path dir, int n, int channels, int length, int classes, int fs) throws IOException, FmbenchException {
        ToyRandom r = new ToyRandom(seed);
        long[] y = new long[n];
        for (int i = 0; i < n; i++) y[i] = r.integer(0, classes);
        float[] x = TimeSeriesData.make(r, y, channels, length, fs);
        Npy.write(dir.resolve("X.npy"), x, n, channels, length);
        Npy.write(dir.resolve("y.npy"), y, n);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {String.format("SUBJ_%04d", i), Integer.toString(r.integer(20, 75)),
                    r.choice(new String[] {"M", "F"}), r.choice(new String[] {"SiteA", "SiteB"}), Long.toString(y[i])});
        }
        writeCsv(dir.resolve("metadata.csv"), new String[] {"subject_id", "age", "sex", "site", "label"}, rows);
        Map<String, Object> info = new java.util.LinkedHashMap<>();
        info.put("n_samples", n);
        info.put("n_channels", channels);
        info.put("n_timepoints", length);
        info.put("n_classes", classes);
        info.put("sampling_freq", fs);
        info.put("seed", seed);
        StringBuilder json = new StringBuilder("{\n");
        int k = 0;
        for (Map.Entry<String, Object> e : info.entrySet()) {
            json.append("  \"").append(e.getKey()).append("\": ").append(e.getValue()).append(++k < info.size() ? ",\n" : "\n");
        }
        AtomicFiles.writeString(dir.resolve("info.json"), json.append("}").toString());
    }

    private static void writeCsv(Path file, String[] header, List<String[]> rows) throws FmbenchException {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (String[] r : rows) sb.append(String.join(",", r)).append('\n');
        AtomicFiles.writeString(file, sb.toString());
    }
}
