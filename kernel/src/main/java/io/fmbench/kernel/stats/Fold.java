package io.fmbench.kernel.stats;

/** One cross-validation fold: sample indices to fit on and to test on (both ascending, disjoint). */
public record Fold(int[] train, int[] test) {
    public Fold {
        train = train.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }
}
