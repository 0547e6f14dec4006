package io.fmbench.spi;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SignalStatsTest {

    @Test
    void momentsOfARangeIgnoreTheValuesAroundIt() {
        // values 1, 2, 3: mean 2, mean square (1 + 4 + 9) / 3 = 14/3, population variance 14/3 - 4 = 2/3
        SignalStats s = SignalStats.of(new float[] {9, 1, 2, 3, 9}, 1, 4);
        assertEquals(3, s.count());
        assertEquals(2.0, s.mean(), 1e-15);
        assertEquals(14.0 / 3, s.power(), 1e-15);
        assertEquals(Math.sqrt(2.0 / 3), s.std(), 1e-15);
        assertEquals(new SignalStats(0, 0, 0), SignalStats.of(new float[] {5}, 1, 1));
        assertEquals(SignalStats.of(new float[] {1, 2, 3}), SignalStats.of(new float[] {1, 2, 3}, 0, 3));
    }
}
