package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls handed over out of order by several workers are made one at a time, in order; a failure stops every worker. */
class OrderedCallsTest {

    @Test
    void callsAreMadeInOrderOneAtATimeWhateverTheWorkersPace() {
        for (int capacity : new int[] {1, 3, 16}) {
            OrderedCalls calls = new OrderedCalls(capacity);
            List<Long> made = new ArrayList<>(); // no lock: calls are never made two at a time
            int[] inside = {0};
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int worker = w;
                threads.add(new Thread(() -> calls.run(() -> {
                    for (long seq = worker; seq < 3000; seq += 3) {
                        long s = seq;
                        if (worker == 1 && seq % 50 == 1) Thread.sleep(1); // one worker lags now and then
                        calls.submit(s, () -> {
                            if (inside[0]++ != 0) throw new IllegalStateException("two calls at once");
                            made.add(s);
                            inside[0]--;
                        });
                    }
                    calls.awaitDone(2999);
                })));
            }
            calls.start(threads);
            assertNull(calls.awaitAll(threads), "capacity " + capacity);
            assertEquals(3000, made.size());
            for (int i = 0; i < made.size(); i++) assertEquals(i, made.get(i), "capacity " + capacity);
        }
    }

    @Test
    void aWorkerWaitingToReuseItsArrayGoesOnOnceThatCallIsMade() throws Exception {
        OrderedCalls calls = new OrderedCalls(8);
        long[] seenAt = new long[1];
        Thread waiter = new Thread(() -> calls.run(() -> {
            calls.submit(1, () -> {});
            calls.awaitDone(1); // needs call 0 first, from the other worker
            seenAt[0] = 1;
        }));
        Thread late = new Thread(() -> calls.run(() -> {
            Thread.sleep(50);
            assertEquals(0, seenAt[0], "the waiter went on before its call was made");
            calls.submit(0, () -> {});
        }));
        calls.start(List.of(waiter, late));
        assertNull(calls.awaitAll(List.of(waiter, late)));
        assertEquals(1, seenAt[0]);
    }

    @Test
    void theFirstFailureStopsWorkersThatWaitForIt() {
        OrderedCalls calls = new OrderedCalls(4);
        List<Thread> two = List.of(new Thread(() -> calls.run(() -> {
            calls.submit(1, () -> {});
            calls.awaitDone(1); // never comes: call 0 fails
        })), new Thread(() -> calls.run(() -> calls.submit(0, () -> {
            throw new IllegalStateException("model broke");
        }))));
        calls.start(two);
        Throwable e = calls.awaitAll(two);
        assertEquals("model broke", e.getMessage());
    }
}
