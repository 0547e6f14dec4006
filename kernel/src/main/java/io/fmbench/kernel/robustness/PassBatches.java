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
 */
final class PassBatches {

    private final Dataset data;
    private final PassOrder order;
    private final int tasks;
    private final ConcurrentHashMap<Integer, Slot> slots = new ConcurrentHashMap<>();

    /** @param tasks how many calls take each batch */
    PassBatches(Dataset data, PassOrder order, int tasks) {
        this.data = data;
        this.order = order;
        this.tasks = tasks;
    }

    /** The batch of this call, read now if no worker has read it yet. */
    Batch of(PassOrder.Call call) throws DataException {
        Slot slot = slots.computeIfAbsent(call.batch(), b -> new Slot(call.group(), call.lane()));
        if (slot.taken.incrementAndGet() == tasks) slots.remove(call.batch());
        Batch batch = slot.read();
        if (tasks > 1 && call.task() == tasks / 2 && call.lane() == 0 && call.group() + 1 < order.groups()) readAhead(call.group() + 1);
        return batch;
    }

    private void readAhead(int group) throws DataException {
        for (int lane = 0; lane < order.lanes(group); lane++) {
            int l = lane;
            slots.computeIfAbsent(group * PassOrder.LANES + lane, b -> new Slot(group, l)).read();
        }
    }

    /** One batch: read by whoever comes first, while later comers wait for it (or for its error). */
    private final class Slot {
        final AtomicInteger taken = new AtomicInteger();
        private final int group, lane;
        private Batch batch;
        private DataException error;

        Slot(int group, int lane) {
            this.group = group;
            this.lane = lane;
        }

        synchronized Batch read() throws DataException {
            if (batch == null && error == null) {
                try {
                    synchronized (data) { // datasets are not promised to be thread-safe
                        batch = data.read(order.first(group, lane), order.end(group, lane));
                    }
                } catch (DataException e) {
                    error = e;
                }
            }
            if (error != null) throw error;
            return batch;
        }
    }
}
