package io.fmbench.kernel.stats;

/**
 * Binary AUROC (Mann-Whitney, ties count 1/2) of one score vector, sorted once so that every weighted resample then
 * scores in O(n) with no sort: the bootstrap's fast path, and the placement values DeLong's test needs.
 */
public final class SortedAuroc {

    private final int[] order;      // sample indices by ascending score
    private final int[] groupEnd;   // groupEnd[j] = end (exclusive) of the tie group holding sorted position j
    private final boolean[] positive;

    /** @param positive whether each sample belongs to the positive class */
    public SortedAuroc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length)
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        this.order = RadixOrder.ascending(scores);
        this.positive = positive.clone();
        int n = scores.length;
        this.groupEnd = new int[n];
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && scores[order[end]] == scores[order[start]]) end++;
            for (int j = start; j < end; j++) groupEnd[j] = end;
            start = end;
        }
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
        int n = order.length;
        double negBelow = 0, posTotal = 0, area = 0;
        for (int start = 0; start < n; ) {
            int end = groupEnd[start];
            double pos = 0, neg = 0;
            for (int j = start; j < end; j++) {
                int i = order[j];
                double w = weights == null ? 1 : weights[i];
                if (positive[i]) pos += w;
                else neg += w;
            }
            area += pos * (negBelow + 0.5 * neg);
            negBelow += neg;
            posTotal += pos;
            start = end;
        }
        return posTotal > 0 && negBelow > 0 ? area / (posTotal * negBelow) : Double.NaN;
    }

    /**
     * DeLong's placement values (unweighted): for each positive, the fraction of negatives it outranks (ties 1/2); for
     * each negative, the fraction of positives that outrank it. Indexed by sample; the AUROC is the mean over positives.
     */
    public double[] placements() {
        int n = order.length;
        double posTotal = 0, negTotal = 0;
        for (boolean p : positive) {
            if (p) posTotal++;
            else negTotal++;
        }
        double[] v = new double[n];
        double negBelow = 0, posBelow = 0;
        for (int start = 0; start < n; ) {
            int end = groupEnd[start];
            double pos = 0, neg = 0;
            for (int j = start; j < end; j++) {
                if (positive[order[j]]) pos++;
                else neg++;
            }
            double posAbove = posTotal - posBelow - pos;
            for (int j = start; j < end; j++) {
                int i = order[j];
                v[i] = positive[i] ? (negBelow + 0.5 * neg) / negTotal : (posAbove + 0.5 * pos) / posTotal;
            }
            negBelow += neg;
            posBelow += pos;
            start = end;
        }
        return v;
    }
}
