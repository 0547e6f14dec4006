package io.fmbench.kernel.robustness;

import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batches of one pass, shared by its workers: each is read once, by the first worker whose call needs it, and
 * dropped once every task has taken it, so only the batches of the calls under way are held.
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
        Slot slot = slots.computeIfAbsent(call.batch(), b -> new Slot());
        if (slot.taken.incrementAndGet() == tasks) slots.remove(call.batch());
        return slot.read(call);
    }

    /** One batch: read by whoever comes first, while later comers wait for it (or for its error). */
    private final class Slot {
        final AtomicInteger taken = new AtomicInteger();
        private Batch batch;
        private DataException error;

        synchronized Batch read(PassOrder.Call call) throws DataException {
            if (batch == null && error == null) {
                try {
                    synchronized (data) { // datasets are not promised to be thread-safe
                        batch = data.read(order.first(call.group(), call.lane()), order.end(call.group(), call.lane()));
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
