package io.fmbench.kernel.compare;

import com.google.inject.Inject;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.output.AtomicFiles;
import io.fmbench.kernel.plugins.Extensions;
import io.fmbench.spi.Metric;
import io.fmbench.spi.Task;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Reads two run folders, checks they are comparable, tests every installed metric of the task, prints (and writes) the table. */
public final class CompareRuns {

    private final Extensions extensions;

    @Inject
    public CompareRuns(Extensions extensions) {
        this.extensions = extensions;
    }

    public String run(Path runA, Path runB, Path outFile, long seed, int resamples, PrintStream out) throws FmbenchException {
        RunFolder a = RunFolder.read("RUN_A", runA), b = RunFolder.read("RUN_B", runB);
        RunComparison.checkComparable(a, b);
        Task task = a.input().classes() != null ? Task.CLASSIFICATION : Task.REGRESSION; // REGRESSION covers reconstruction
        List<Metric> metrics = extensions.metricsFor(task);
        String md = RunComparison.markdown(a, b, RunComparison.compare(a, b, metrics, seed, resamples));
        out.print(md);
        if (outFile != null) AtomicFiles.writeString(outFile, md);
        return md;
    }
}
