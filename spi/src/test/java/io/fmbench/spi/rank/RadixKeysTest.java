package io.fmbench.spi.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RadixKeysTest {

    @Test
    void keysOrderLikeTheDoubles() {
        double[] v = {Double.NEGATIVE_INFINITY, -1e300, -1, -Double.MIN_VALUE, 0, Double.MIN_VALUE, 0.5, 1, 1e300, Double.POSITIVE_INFINITY};
        for (int i = 1; i < v.length; i++) assertTrue(Long.compareUnsigned(RadixKeys.of(v[i - 1]), RadixKeys.of(v[i])) < 0, v[i] + "");
        assertTrue(RadixKeys.of(-0.0) == RadixKeys.of(0.0));
    }

    @Test
    void sortsLikeASortOfTheDoubles() {
        SplittableRandom rng = new SplittableRandom(8);
        check(rng, 20_000, rng::nextGaussian);                                          // prefix digits, short runs
        check(rng, 20_000, () -> (float) rng.nextDouble());                             // float-valued: plain LSD
        check(rng, 20_000, () -> rng.nextBoolean() ? rng.nextGaussian() * 1e100         // long runs sharing the prefix
                : 1 + Math.ulp(1.0) * rng.nextInt(1 << 20));
        check(rng, 20_000, () -> rng.nextInt(3) - 1.0);                                 // three values
        check(rng, 100, rng::nextGaussian);                                             // below the radix threshold
    }

    private static void check(SplittableRandom rng, int n, DoubleSupplier value) {
        double[] v = new double[n];
        long[] keys = new long[n + 10];
        for (int i = 0; i < n; i++) {
            v[i] = value.getAsDouble();
            keys[i + 5] = RadixKeys.of(v[i]);
        }
        RadixKeys.sort(keys, 5, n + 5, new long[n + 10]);
        Arrays.sort(v);
        long[] expected = new long[n + 10];
        for (int i = 0; i < n; i++) expected[i + 5] = RadixKeys.of(v[i]);
        assertArrayEquals(expected, keys);
    }
}
