package io.fmbench.kernel.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reasons why high similarity would be meaningless for a model, written to eval.yaml as {@code flags}: the reference
 * rates a constant model 1.0 and its random dummy 0.78. The hub does not rank records flagged constant or insensitive.
 */
final class ModelFlags {

    static final String INSENSITIVE = "insensitive: no perturbation changed any output at any strength, so the model may ignore its input "
            + "(e.g. outputs keyed by sample id); a similarity of 1.0 here is not robustness";

    private ModelFlags() {}

    /**
     * @param clean           the clean outputs
     * @param again           the first batch's outputs from a second call on the same clean input, or null
     * @param truth           class labels, or null for regression targets
     * @param classCount      the number of classes (class labels only)
     * @param cleanAccuracy   accuracy on clean data (class labels only)
     * @param regressionScore the task metric on clean data for regression targets, or null without one
     * @param metric          that metric's name
     */
    static List<String> of(ModelOutputs clean, ModelOutputs again, int[] truth, int classCount, double cleanAccuracy,
                           Double regressionScore, String metric) {
        List<String> flags = new ArrayList<>();
        double[][] l = clean.logits();
        boolean constant = true;
        for (int i = 1; i < l.length && constant; i++)
            for (int j = 0; j < l[i].length; j++) if (Math.abs(l[i][j] - l[0][j]) > 1e-9) { constant = false; break; }
        if (constant && l.length > 1)
            flags.add("constant: the model gives the same output for every sample, so it cannot change under any perturbation; its similarity scores say nothing about robustness");
        if (l.length > 0 && Arrays.stream(l).allMatch(row -> row.length == 1))
            flags.add("scalar: the model gives one number per sample, so the cosine of clean and perturbed outputs (the reference's similarity) is only whether its sign stayed, +1 or -1; the similarity curves count sign flips, not how far the output moved");
        if (again != null) {
            double[] cos = Similarity.cosine(Arrays.copyOf(l, again.logits().length), again.logits());
            if (Similarity.mean(cos) < 1 - 1e-6)
                flags.add(String.format(Locale.ROOT, "nondeterministic: the same clean input gives different outputs (mean cosine %.4f); similarity curves measure the model's own randomness", Similarity.mean(cos)));
        }
        if (regressionScore != null && !(regressionScore > 0))
            flags.add(String.format(Locale.ROOT, "chance: clean %s %.4f is no better than predicting the targets' mean (0); "
                    + "retention is not defined and similarity of a model that has learnt nothing is not robustness", metric, regressionScore));
        if (truth != null && !Double.isNaN(cleanAccuracy)) {
            int[] counts = new int[classCount];
            for (int c : truth) counts[c]++;
            double majority = (double) Arrays.stream(counts).max().orElse(0) / truth.length;
            if (cleanAccuracy <= majority + 0.02)
                flags.add(String.format(Locale.ROOT, "chance: clean accuracy %.4f is no better than always predicting the majority class (%.4f); retention and similarity of a model that has learnt nothing are not robustness", cleanAccuracy, majority));
        }
        return flags;
    }
}
