package io.fmbench.kernel.robustness;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

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

    private int batches() {
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

    /** Position of (group, task, lane) in the model's call order. */
    long seq(int group, int task, int lane) {
        return (long) group * LANES * tasks + (long) task * lanes(group) + lane;
    }

    /** A body that may throw anything; the first failure stops every worker. */
    interface Body {
        void run() throws Exception;
    }

    /**
     * Whose turn it is with the model: a counter every worker waits on (parked, woken by the worker that moves it) and
     * the first failure, which ends every worker's wait.
     */
    static final class Turns {
        private final AtomicLong turn = new AtomicLong();
        private volatile Throwable failure;
        private volatile List<Thread> workers = List.of();

        void start(List<Thread> threads) {
            workers = List.copyOf(threads);
            for (Thread t : threads) t.start();
        }

        /** Runs a worker's body, recording its failure (the first one wins) and waking the others so they stop. */
        void run(Body body) {
            try {
                body.run();
            } catch (Throwable e) {
                synchronized (this) {
                    if (failure == null) failure = e;
                }
                wakeOthers();
            }
        }

        /** Waits until call number {@code seq} may go; throws when another worker has failed. */
        void await(long seq) throws InterruptedException {
            int spins = 0;
            while (turn.get() != seq) {
                if (failure != null) throw new InterruptedException("another worker failed");
                if (spins++ < 200) Thread.onSpinWait();
                else LockSupport.park(this);
            }
        }

        /** The current call is done: the next may go. */
        void next() {
            turn.incrementAndGet();
            wakeOthers();
        }

        private void wakeOthers() {
            Thread me = Thread.currentThread();
            for (Thread t : workers) if (t != me) LockSupport.unpark(t);
        }

        /** Joins the workers; the first failure, or null. */
        Throwable awaitAll(List<Thread> threads) {
            for (Thread t : threads) {
                boolean interrupted = false;
                while (true) {
                    try {
                        t.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) Thread.currentThread().interrupt();
            }
            return failure;
        }
    }
}
