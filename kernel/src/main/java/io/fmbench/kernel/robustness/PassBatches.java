package io.fmbench.kernel.robustness;

import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batches of one pass, shared by its workers: each is read once and dropped once every task has taken it, so only
 * the batches of the calls under way (and of the next group) are held. Halfway through a group's calls, the worker that
 * takes the first lane's call reads the next group's batches too, while the others go on with this group: read at the
 * first call that needs them, the workers spent a seventh of a 256 MB run waiting for each other's reads. (In a pass of
 * one task, reading is most of the work, and every call reads its own batch.)
 *
 * <p>Batches are read into arrays from the run's {@link ArrayPool}, which go back to it once every task is {@link #done}
 * with a batch ({@link Dataset#read(int, int, float[])}): a new array per batch made a 256 MB run allocate half a
 * gigabyte, and first touching that memory cost a tenth of a second of page faults. An array the dataset returns
 * instead of ours (one that ignores the offer, or keeps its data in memory) is never written into.
 */
final class PassBatches {

    private final Dataset data;
    private final PassOrder order;
    private final int tasks;
    private final int sampleLength;
    private final ConcurrentHashMap<Integer, Slot> slots = new ConcurrentHashMap<>();
    private final ArrayPool pool;

    /**
     * @param tasks how many calls take each batch
     * @param pool  where arrays come from and go back to
     */
    PassBatches(Dataset data, PassOrder order, int tasks, ArrayPool pool) {
        this.data = data;
        this.pool = pool;
        this.order = order;
        this.tasks = tasks;
        int n = 1;
        for (int d : data.sampleShape()) n *= d;
        this.sampleLength = n;
    }

    /** The batch of this call, read now if no worker has read it yet; hand it back with {@link #done}. */
    Taken of(PassOrder.Call call) throws DataException {
        Slot slot = slots.computeIfAbsent(call.batch(), b -> new Slot(call.group(), call.lane()));
        if (slot.taken.incrementAndGet() == tasks) slots.remove(call.batch());
        Batch batch = slot.read();
        if (tasks > 1 && call.task() == tasks / 2 && call.lane() == 0 && call.group() + 1 < order.groups()) readAhead(call.group() + 1);
        return new Taken(batch, slot);
    }

    /** A call's batch, and what to hand back when the call is done with it. */
    record Taken(Batch batch, Slot slot) {}

    /**
     * The call no longer needs its batch's inputs (perturbed, or read by the model); after the last of a batch's tasks,
     * its array is taken back for a later batch.
     */
    void done(Taken taken) {
        Slot slot = taken.slot();
        if (slot.finished.incrementAndGet() == tasks && slot.ours) pool.give(taken.batch().inputs().data());
    }

    private void readAhead(int group) throws DataException {
        for (int lane = 0; lane < order.lanes(group); lane++) {
            int l = lane;
            slots.computeIfAbsent(group * PassOrder.LANES + lane, b -> new Slot(group, l)).read();
        }
    }

    /** One batch: read by whoever comes first, while later comers wait for it (or for its error). */
    final class Slot {
        final AtomicInteger taken = new AtomicInteger(), finished = new AtomicInteger();
        private final int group, lane;
        private Batch batch;
        private DataException error;
        /** Whether the batch's inputs are in an array of ours, which we may write into again once it is done. */
        private volatile boolean ours;

        Slot(int group, int lane) {
            this.group = group;
            this.lane = lane;
        }

        synchronized Batch read() throws DataException {
            if (batch == null && error == null) {
                int first = order.first(group, lane), end = order.end(group, lane);
                float[] offered = pool.take((end - first) * sampleLength);
                try {
                    synchronized (data) { // datasets are not promised to be thread-safe
                        batch = data.read(first, end, offered);
                    }
                } catch (DataException e) {
                    error = e;
                }
                ours = batch != null && batch.inputs() != null && batch.inputs().data() == offered;
                if (!ours) pool.give(offered);
            }
            if (error != null) throw error;
            return batch;
        }
    }
}
