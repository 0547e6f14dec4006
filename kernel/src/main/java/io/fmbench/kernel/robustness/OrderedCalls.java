package io.fmbench.kernel.robustness;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Model calls made one at a time in a fixed order (their position, see {@link PassOrder#seq}), while the workers that
 * prepare them run ahead. A worker hands over a prepared call and goes on; whichever worker finds the next call due
 * makes it, and every one due after it. The model thus sees the same calls in the same order whatever the thread
 * count, without a worker waiting for its turn after every batch (with the model called in lockstep, the two workers of a
 * 256 MB run spent half their time waiting for each other). A worker waits only to reuse an array whose call is not yet
 * made, or when it is {@link #capacity} calls ahead.
 */
final class OrderedCalls {

    /** One model call; may throw anything, which stops every worker. */
    interface Call {
        void run() throws Exception;
    }

    /** A worker's body. */
    interface Body {
        void run() throws Exception;
    }

    private final int capacity;
    private final AtomicReferenceArray<Call> slots;
    /** Position of the next call to make; every call before it is made. */
    private final AtomicLong next = new AtomicLong();
    private final ReentrantLock calling = new ReentrantLock();
    /** Workers parked (or about to park) for a call to be made: only then does making one unpark anybody. */
    private final AtomicInteger parked = new AtomicInteger();
    private volatile Throwable failure;
    private volatile List<Thread> workers = List.of();

    /** @param capacity the most calls handed over and not yet made */
    OrderedCalls(int capacity) {
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Starts the worker threads. */
    void start(List<Thread> threads) {
        workers = List.copyOf(threads);
        for (Thread t : threads) t.start();
    }

    /** Runs a worker's body, recording its failure (the first one wins) and waking the others so they stop. */
    void run(Body body) {
        try {
            body.run();
        } catch (Throwable e) {
            fail(e);
        }
    }

    /** Hands over the call at position {@code seq} and makes every call that is due. */
    void submit(long seq, Call call) throws InterruptedException {
        awaitDone(seq - capacity); // its slot is free once the call a whole ring earlier is made
        slots.set(slot(seq), call);
        drain();
    }

    /** Waits until the call at position {@code seq} has been made (at once for a negative position). */
    void awaitDone(long seq) throws InterruptedException {
        int spins = 0;
        while (next.get() <= seq) {
            if (failure != null) throw new InterruptedException("another worker failed");
            drain();
            if (next.get() > seq) return;
            if (spins++ < 100) {
                Thread.onSpinWait();
                continue;
            }
            // counted before the last look, so that a worker that makes the call after it sees the count and unparks
            parked.incrementAndGet();
            try {
                if (next.get() <= seq && failure == null) LockSupport.park(this);
            } finally {
                parked.decrementAndGet();
            }
        }
    }

    /** Waits for every worker; the first failure, or null. */
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

    /**
     * Makes the calls that are due, if no other worker is making them. A worker that finds the lock taken leaves its
     * call to the holder, who looks again after letting go, so a call handed over meanwhile is never left waiting.
     */
    private void drain() {
        while (failure == null && calling.tryLock()) {
            boolean made = false;
            try {
                for (Call c; failure == null && (c = slots.get(slot(next.get()))) != null; made = true) {
                    slots.set(slot(next.get()), null);
                    try {
                        c.run();
                    } catch (Throwable e) {
                        fail(e);
                        return;
                    }
                    next.incrementAndGet();
                }
            } finally {
                calling.unlock();
            }
            if (made && parked.get() > 0) wakeOthers();
            if (slots.get(slot(next.get())) == null) return;
        }
    }

    private int slot(long seq) {
        return (int) Math.floorMod(seq, (long) capacity);
    }

    private void fail(Throwable e) {
        synchronized (this) {
            if (failure == null) failure = e;
        }
        wakeOthers();
    }

    private void wakeOthers() {
        Thread me = Thread.currentThread();
        for (Thread t : workers) if (t != me) LockSupport.unpark(t);
    }
}
