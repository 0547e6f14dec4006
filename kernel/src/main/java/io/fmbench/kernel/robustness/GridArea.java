package io.fmbench.kernel.robustness;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The reference's rAUC over one fixed grid, for many curves: the grid is sorted once, not once per curve (the
 * bootstrap asks for thousands of curves over the same grid). See {@link Similarity#rAuc}.
 */
final class GridArea {

    private final double[] xs;
    private final int[] order;
    private final double span;

    private GridArea(double[] xs) {
        this.xs = xs.clone();
        Integer[] boxed = new Integer[xs.length];
        for (int i = 0; i < boxed.length; i++) boxed[i] = i;
        Arrays.sort(boxed, Comparator.comparingDouble(i -> xs[i])); // stable: ties keep their order
        this.order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        this.span = xs.length < 2 ? 0 : xs[order[order.length - 1]] - xs[order[0]];
    }

    static GridArea over(double[] xs) {
        return new GridArea(xs);
    }

    /** Trapezoid area under ys over the sorted grid, divided by the x span; 0 for fewer than two points or no span. */
    double of(double[] ys) {
        if (ys.length != xs.length) throw new IllegalArgumentException("rAUC needs as many y as x values");
        if (xs.length < 2) return 0.0;
        double area = 0;
        for (int k = 1; k < order.length; k++)
            area += (xs[order[k]] - xs[order[k - 1]]) * (ys[order[k]] + ys[order[k - 1]]) / 2;
        return span <= 0 ? 0.0 : area / span;
    }
}
