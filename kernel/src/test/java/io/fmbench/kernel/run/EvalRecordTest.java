package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.output.EvalIds;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvalRecordTest {

    @Test
    void roundsLikePythonOnTheExactBinaryValue() {
        // expected values from Python's round(x, 4): 0.55965 is stored just below ...65, 0.12345 just above
        assertEquals(0.5596, EvalRecord.round4(0.55965));
        assertEquals(0.1235, EvalRecord.round4(0.12345));
        assertEquals(0.0001, EvalRecord.round4(0.00005));
        assertEquals(0.575, EvalRecord.round4(0.575));
        assertEquals(-0.0404, EvalRecord.round4(-0.04040404));
    }

    @Test
    void evalIdsOfOneSecondDoNotCollide() {
        ZonedDateTime t = ZonedDateTime.of(2026, 11, 22, 20, 16, 40, 0, ZoneOffset.UTC);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) ids.add(EvalIds.next("SUITE-TOY-CLASS-dummy", t));
        assertTrue(ids.size() > 195, "random suffixes; a clash is also refused when filing");
        assertTrue(ids.iterator().next().startsWith("SUITE-TOY-CLASS-dummy-20261122-201640-"));
        assertTrue(EvalIds.isSafe(ids.iterator().next()));
        assertFalse(EvalIds.isSafe("../evals/x"));
        assertFalse(EvalIds.isSafe(".hidden"));
    }
}
