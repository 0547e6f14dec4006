package io.fmbench.kernel.robustness;

/**
 * The fixed order in which the perturbed pass calls the model. Batches are taken {@link #LANES} at a time (a group);
 * within a group, task by task, lane by lane: (b0, t0), (b1, t0), (b0, t1), (b1, t1), ... Each lane's batch is perturbed
 * by one worker, so with two workers both cores perturb while the model still sees one call at a time in an order that
 * depends only on the data size, the batch size and the tasks, never on the thread count.
 */
final class PassOrder {

    /** Batches per group: the most workers that perturb at once. */
    static final int LANES = 2;

    private final int size, batch, tasks;

    PassOrder(int size, int batch, int tasks) {
        this.size = size;
        this.batch = batch;
        this.tasks = tasks;
    }

    /** Batches in the data. */
    int batches() {
        return (size + batch - 1) / batch;
    }

    int groups() {
        return (batches() + LANES - 1) / LANES;
    }

    /** Lanes in a group: {@link #LANES}, fewer in the last group when the batches run out. */
    int lanes(int group) {
        return Math.min(LANES, batches() - group * LANES);
    }

    /** First sample of a lane's batch. */
    int first(int group, int lane) {
        return (group * LANES + lane) * batch;
    }

    /** One past the last sample of a lane's batch. */
    int end(int group, int lane) {
        return Math.min(size, first(group, lane) + batch);
    }

    /** Position of (group, task, lane) in the model's call order: the order's definition, which {@link #call} inverts. */
    long seq(int group, int task, int lane) {
        return (long) group * LANES * tasks + (long) task * lanes(group) + lane;
    }

    /** Calls in the pass: every task on every batch. */
    long calls() {
        return (long) batches() * tasks;
    }

    /** A call's place: which batch (group and lane) and which task. */
    record Call(int group, int task, int lane) {
        /** The batch's number in the data. */
        int batch() {
            return group * LANES + lane;
        }
    }

    /** The call at position {@code seq} (the inverse of {@link #seq}). */
    Call call(long seq) {
        int group = (int) (seq / ((long) LANES * tasks)); // only the last group can be short, and it comes last
        int inGroup = (int) (seq - (long) group * LANES * tasks);
        return new Call(group, inGroup / lanes(group), inGroup % lanes(group));
    }
}
