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

    /** What a pass holds at once is bounded in bytes (32 batches of 512 KB = 16 MB), not only in batches. */
    @Test
    void batchesBiggerThanTheCacheHaveFewerInFlight() {
        // the 256 MB benchmark set: two 256 000 B samples a batch, 512 000 B, within the budget
        assertEquals(32, RobustnessRunner.callsInFlight(512_000));
        assertEquals(4, RobustnessRunner.buffersPerWorker(512_000));
        // 1 MiB batches: 16 MiB / 1 MiB calls, 2 MiB / 1 MiB copies per worker
        assertEquals(16, RobustnessRunner.callsInFlight(1 << 20));
        assertEquals(2, RobustnessRunner.buffersPerWorker(1 << 20));
        // one 8 MB recording a batch (64 channels x 31 250 points): 16 MiB / 8 MB = 2 calls, one copy per worker
        assertEquals(2, RobustnessRunner.callsInFlight(8_000_000));
        assertEquals(1, RobustnessRunner.buffersPerWorker(8_000_000));
        // one 256 MB recording: never fewer than a call per lane and a copy per worker
        assertEquals(2, RobustnessRunner.callsInFlight(256_000_000));
        assertEquals(1, RobustnessRunner.buffersPerWorker(256_000_000));
    }
}
