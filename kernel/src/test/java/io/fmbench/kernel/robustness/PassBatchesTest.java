package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.Targets;
import io.fmbench.spi.Tensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pass's batches: read once, and their arrays offered again only once every task is done with them, and only if ours. */
class PassBatchesTest {

    /** Samples of two values (sample s holds s and s + 0.5); records every array it is offered. */
    static final class Samples implements Dataset {
        final boolean takesArrays;
        final List<float[]> offered = new ArrayList<>();
        final float[] own = new float[4]; // what a dataset that keeps its data in memory hands out, again and again
        final int size;
        int reads;

        Samples(boolean takesArrays, int size) {
            this.takesArrays = takesArrays;
            this.size = size;
        }

        public String id() { return "samples"; }
        public int size() { return size; }
        public int[] sampleShape() { return new int[] {2}; }
        public Targets targets() { return Targets.classes(new int[size], List.of()); }
        public SampleTable metadata() { return SampleTable.empty(); }
        public List<String> sampleIds() { return java.util.stream.IntStream.range(0, size).mapToObj(String::valueOf).toList(); }
        public List<Path> files() { return List.of(); }

        public Batch read(int from, int to) {
            return read(from, to, null);
        }

        public Batch read(int from, int to, float[] reuse) {
            reads++;
            offered.add(reuse);
            float[] x = takesArrays ? reuse : own;
            for (int s = from; s < to; s++) {
                x[2 * (s - from)] = s;
                x[2 * (s - from) + 1] = s + 0.5f;
            }
            return new Batch(from, sampleIds().subList(from, to), new Tensor(new int[] {to - from, 2}, x), null);
        }
    }

    @Test
    void anArrayComesBackOnlyAfterEveryTaskIsDoneWithItsBatch() throws Exception {
        // ten samples in batches of two: batches 0..4 in groups {0, 1}, {2, 3}, {4}; 3 tasks each, so calls 0..5 are
        // group 0's (b0t0, b1t0, b0t1, b1t1, b0t2, b1t2) and task 1 of a group's first lane reads the next group ahead
        Samples data = new Samples(true, 10);
        PassOrder order = new PassOrder(10, 2, 3);
        PassBatches batches = new PassBatches(data, order, 3, new ArrayPool());
        PassBatches.Taken b0 = batches.of(order.call(0));
        assertArrayEquals(new float[] {0, 0.5f, 1, 1.5f}, b0.batch().inputs().data());
        PassBatches.Taken b0again = batches.of(order.call(2)); // the same batch, not read again; batches 2 and 3 read ahead
        assertSame(b0.batch(), b0again.batch());
        assertEquals(3, data.reads);
        batches.done(b0);
        batches.done(b0again);
        PassBatches.Taken b1 = batches.of(order.call(1)); // two of batch 0's three tasks are done: batch 1 gets a new array
        assertEquals(4, data.reads);
        assertNotSame(b0.batch().inputs().data(), b1.batch().inputs().data());
        batches.done(batches.of(order.call(4))); // batch 0's last task: its array is free
        for (long seq = 6; seq < 8; seq++) batches.done(batches.of(order.call(seq))); // group 1, task 0 (read ahead)
        assertEquals(4, data.reads);
        PassBatches.Taken b2t1 = batches.of(order.call(8)); // group 1, task 1: reads batch 4 ahead, into batch 0's array
        assertEquals(5, data.reads);
        assertSame(b0.batch().inputs().data(), data.offered.get(4));
        assertArrayEquals(new float[] {8, 8.5f, 9, 9.5f}, data.offered.get(4));
        assertArrayEquals(new float[] {4, 4.5f, 5, 5.5f}, b2t1.batch().inputs().data());
        assertArrayEquals(new float[] {2, 2.5f, 3, 3.5f}, b1.batch().inputs().data(), "batch 1 is still in use, untouched");
    }

    @Test
    void anArrayTheDatasetKeepsIsNeverOfferedBack() throws Exception {
        Samples data = new Samples(false, 6); // ignores the offer and hands out its own array
        PassOrder order = new PassOrder(6, 2, 1);
        PassBatches batches = new PassBatches(data, order, 1, new ArrayPool());
        for (long seq = 0; seq < order.calls(); seq++) {
            PassBatches.Taken t = batches.of(order.call(seq));
            assertSame(data.own, t.batch().inputs().data());
            batches.done(t);
        }
        assertEquals(3, data.reads);
        for (float[] a : data.offered) assertNotSame(data.own, a, "the dataset's own array was offered back to it");
    }
}
