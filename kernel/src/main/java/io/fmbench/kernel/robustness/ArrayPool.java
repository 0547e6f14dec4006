package io.fmbench.kernel.robustness;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Input arrays a run has finished with, kept for its later batches (both passes of a run share one pool, so the
 * perturbed pass reads into the clean pass's arrays). Thread-safe.
 */
final class ArrayPool {

    private final ArrayDeque<float[]> free = new ArrayDeque<>();

    /** A free array of exactly this length, or a new one. */
    float[] take(int length) {
        synchronized (free) {
            for (Iterator<float[]> it = free.iterator(); it.hasNext(); ) {
                float[] a = it.next();
                if (a.length == length) {
                    it.remove();
                    return a;
                }
            }
        }
        return new float[length];
    }

    void give(float[] array) {
        synchronized (free) {
            free.push(array);
        }
    }
}
