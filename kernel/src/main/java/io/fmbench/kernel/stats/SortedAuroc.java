package io.fmbench.kernel.stats;

import io.fmbench.spi.rank.RadixOrder;

/**
 * Binary AUROC (Mann-Whitney, ties count 1/2) of one score vector, sorted once so that every weighted resample then
 * scores in O(n) with no sort: the bootstrap's fast path, and the placement values DeLong's test needs. Labels are
 * kept in sorted order so the unweighted sweep reads memory sequentially.
 */
public final class SortedAuroc {

    private final int[] order;          // sample indices by ascending score
    private final int[] groupStart;     // sorted positions where a tie group starts, plus n at the end
    private final boolean[] sortedPositive;

    /** @param positive whether each sample belongs to the positive class */
    public SortedAuroc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length)
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        RadixOrder.Sorted sorted = RadixOrder.sort(scores);
        this.order = sorted.order();
        long[] keys = sorted.keys();
        int n = scores.length;
        this.sortedPositive = new boolean[n];
        int groups = 0;
        int[] starts = new int[n + 1];
        for (int j = 0; j < n; j++) {
            sortedPositive[j] = positive[order[j]];
            if (j == 0 || keys[j] != keys[j - 1]) starts[groups++] = j;
        }
        starts[groups++] = n;
        this.groupStart = java.util.Arrays.copyOf(starts, groups);
    }

    public int size() {
        return order.length;
    }

    /** Unweighted AUROC, NaN when one class is absent. */
    public double auroc() {
        return auroc(null);
    }

    /** AUROC with per-sample weights (null = all ones), NaN when positives or negatives have no weight. */
    public double auroc(double[] weights) {
        double negBelow = 0, posTotal = 0, area = 0;
        for (int g = 0; g + 1 < groupStart.length; g++) {
            double pos = 0, neg = 0;
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                double w = weights == null ? 1 : weights[order[j]];
                if (sortedPositive[j]) pos += w;
                else neg += w;
            }
            area += pos * (negBelow + 0.5 * neg);
            negBelow += neg;
            posTotal += pos;
        }
        return posTotal > 0 && negBelow > 0 ? area / (posTotal * negBelow) : Double.NaN;
    }

    /**
     * DeLong's placement values (unweighted): for each positive, the fraction of negatives it outranks (ties 1/2); for
     * each negative, the fraction of positives that outrank it. Indexed by sample; the AUROC is the mean over positives.
     */
    public double[] placements() {
        int n = order.length;
        double posTotal = 0;
        for (boolean p : sortedPositive) if (p) posTotal++;
        double negTotal = n - posTotal;
        double[] v = new double[n];
        double negBelow = 0, posBelow = 0;
        for (int g = 0; g + 1 < groupStart.length; g++) {
            double pos = 0, neg = 0;
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                if (sortedPositive[j]) pos++;
                else neg++;
            }
            double posAbove = posTotal - posBelow - pos;
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++)
                v[order[j]] = sortedPositive[j] ? (negBelow + 0.5 * neg) / negTotal : (posAbove + 0.5 * pos) / posTotal;
            negBelow += neg;
            posBelow += pos;
        }
        return v;
    }
}
