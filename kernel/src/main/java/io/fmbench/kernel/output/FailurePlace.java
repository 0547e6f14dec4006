package io.fmbench.kernel.output;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.YamlFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the record of a failed run goes. A failure must not cost the user the results of an earlier run in the same
 * folder: when its eval.yaml is anything but an earlier Failed record (results, or a file we cannot read and so must
 * not judge), every file there is kept as it is and the failure is written into the folder's {@code failed/}
 * subfolder. An empty folder, or one holding only an earlier failure, takes the failure itself.
 *
 * @param dir         the folder to write the failure's eval.yaml, report.md and fmbench.log into
 * @param keptEarlier whether {@code dir} is the {@code failed/} subfolder, beside earlier results that were kept
 */
public record FailurePlace(Path dir, boolean keptEarlier) {

    /** The subfolder a failure goes into when the folder holds earlier results. */
    public static final String SUBFOLDER = "failed";

    /** The place for a failure of a run whose record belongs in {@code outDir}. */
    public static FailurePlace in(Path outDir) {
        Path eval = outDir.resolve("eval.yaml");
        if (!Files.exists(eval) || earlierFailure(eval)) return new FailurePlace(outDir, false);
        return new FailurePlace(outDir.resolve(SUBFOLDER), true);
    }

    private static boolean earlierFailure(Path eval) {
        try {
            return "Failed".equals(YamlFiles.readMap(eval).get("status"));
        } catch (FmbenchException unreadable) {
            return false;
        }
    }

    public Path eval() {
        return dir.resolve("eval.yaml");
    }

    /** What the run's error line adds about its files. */
    public String describe() {
        String where = eval() + " has status Failed (trace in " + dir.resolve("fmbench.log") + ")";
        return keptEarlier ? "the earlier results in " + dir.getParent() + " are kept; " + where : where;
    }
}
