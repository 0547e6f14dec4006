package io.fmbench.kernel.toydata;

import java.util.SplittableRandom;

/** The seeded random source of the toy generators (our own; bit parity with NumPy is not a goal). */
final class ToyRandom {
    private final SplittableRandom random;

    ToyRandom(long seed) {
        random = new SplittableRandom(seed);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    int integer(int lo, int hiExclusive) {
        return random.nextInt(lo, hiExclusive);
    }

    <T> T choice(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Draws an option with the given probabilities (summing to 1). */
    <T> T choice(T[] options, double[] p) {
        double u = random.nextDouble(), acc = 0;
        for (int i = 0; i < options.length; i++) {
            acc += p[i];
            if (u < acc) return options[i];
        }
        return options[options.length - 1];
    }

    void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
