package io.fmbench.kernel.output;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run's record never replaces an earlier run's results: it goes beside them, into failed/. */
class FailurePlaceTest {

    @TempDir
    Path out;

    @Test
    void anEmptyFolderTakesTheFailureItself() {
        FailurePlace p = FailurePlace.in(out.resolve("new"));
        assertEquals(new FailurePlace(out.resolve("new"), false), p);
        assertEquals(out.resolve("new/eval.yaml"), p.eval());
        assertEquals(out.resolve("new/eval.yaml") + " has status Failed (trace in " + out.resolve("new/fmbench.log") + ")", p.describe());
    }

    @Test
    void anEarlierFailureIsReplaced() throws Exception {
        Files.writeString(out.resolve("eval.yaml"), "eval_id: E-1\nmetrics: {}\nstatus: Failed\nerror: boom\n");
        assertEquals(new FailurePlace(out, false), FailurePlace.in(out));
    }

    @Test
    void earlierResultsAreKept() throws Exception {
        for (String earlier : new String[] {
                "eval_id: E-1\nmetrics:\n  AUROC: 0.81\nstatus: Completed\n",
                "eval_id: E-1\nmetrics:\n  AUROC: 0.81\nstatus: Partial\n",
                "eval_id: E-1\nmetrics:\n  AUROC: 0.81\n", // the reference's records have no status
                "eval_id: [unclosed\n"}) { // a file we cannot read is not ours to judge
            Files.writeString(out.resolve("eval.yaml"), earlier);
            FailurePlace p = FailurePlace.in(out);
            assertEquals(new FailurePlace(out.resolve("failed"), true), p, earlier);
            assertEquals("the earlier results in " + out + " are kept; " + out.resolve("failed/eval.yaml") + " has status Failed (trace in "
                    + out.resolve("failed/fmbench.log") + ")", p.describe());
        }
    }
}
