package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BatchSizeTest {

    @Test
    void largeSamplesAreBatchedToAboutHalfAMegabyte() {
        assertEquals(2, RobustnessRun.batchSize(256, new int[] {64, 1000}));    // 524 288 / 256 000 B
        assertEquals(16, RobustnessRun.batchSize(256, new int[] {16, 500}));    // 524 288 / 32 000
        assertEquals(8, RobustnessRun.batchSize(8, new int[] {16, 500}));       // the caller's cap wins
        assertEquals(1, RobustnessRun.batchSize(256, new int[] {1024, 4096}));  // one sample even when it is larger
    }
}
