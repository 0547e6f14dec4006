package io.fmbench.plugin.baselines;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs work over a fixed number of contiguous row blocks in parallel and combines the partial results in block order.
 * The blocks depend only on the row count, never on the thread count, so sums come out bit-identical on any machine
 * with any number of cores.
 */
final class RowBlocks {

    /** Fixed, not the core count: more blocks than cores keeps cores busy, and the split must not vary. */
    static final int BLOCKS = 16;

    private RowBlocks() {}

    /** Start row of block b (block b covers [start(b), start(b + 1))). */
    static int start(int b, int rows) {
        return (int) ((long) rows * b / BLOCKS);
    }

    /** Computes one partial per block (in parallel) and returns them in block order. */
    static <T> T[] map(int rows, IntFunction<T[]> array, BlockTask<T> task) {
        T[] out = array.apply(BLOCKS);
        IntStream.range(0, BLOCKS).parallel().forEach(b -> out[b] = task.run(start(b, rows), start(b + 1, rows)));
        return out;
    }

    /** Runs a side-effect per block (each block writes only its own rows). */
    static void forEach(int rows, RangeTask task) {
        IntStream.range(0, BLOCKS).parallel().forEach(b -> task.run(start(b, rows), start(b + 1, rows)));
    }

    interface BlockTask<T> {
        T run(int from, int to);
    }

    interface RangeTask {
        void run(int from, int to);
    }
}
