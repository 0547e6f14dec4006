package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's call order in the perturbed pass: lanes of a group interleaved task by task, every call exactly once. */
class PassOrderTest {

    @Test
    void fiveBatchesOfTwoSamplesThreeTasks() {
        // 9 samples in batches of 2: batches 0..4 (the last of one sample), groups {0,1}, {2,3}, {4}
        PassOrder o = new PassOrder(9, 2, 3);
        assertEquals(3, o.groups());
        assertEquals(List.of(2, 2, 1), List.of(o.lanes(0), o.lanes(1), o.lanes(2)));
        assertEquals(4, o.first(1, 0));
        assertEquals(9, o.end(2, 0)); // the last batch is short
        String[] calls = new String[5 * 3];
        for (int g = 0; g < o.groups(); g++)
            for (int t = 0; t < 3; t++)
                for (int l = 0; l < o.lanes(g); l++) {
                    int seq = (int) o.seq(g, t, l);
                    assertNull(calls[seq], "two calls share position " + seq);
                    calls[seq] = "b" + (g * PassOrder.LANES + l) + "t" + t;
                }
        assertEquals(List.of("b0t0", "b1t0", "b0t1", "b1t1", "b0t2", "b1t2", "b2t0", "b3t0", "b2t1", "b3t1", "b2t2", "b3t2",
                "b4t0", "b4t1", "b4t2"), List.of(calls));
    }

    @Test
    void everyPositionNamesTheCallPlacedThere() {
        // the same 9 samples, batches of 2, 3 tasks: 15 calls; position 13 is the last batch's (b4, one lane) task 1
        PassOrder o = new PassOrder(9, 2, 3);
        assertEquals(15, o.calls());
        assertEquals(new PassOrder.Call(2, 1, 0), o.call(13));
        assertEquals(4, o.call(13).batch());
        assertEquals(new PassOrder.Call(1, 0, 1), o.call(7)); // b3t0
        for (long seq = 0; seq < o.calls(); seq++) {
            PassOrder.Call c = o.call(seq);
            assertEquals(seq, o.seq(c.group(), c.task(), c.lane()), "position " + seq);
        }
    }
}
