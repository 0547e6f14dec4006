package io.fmbench.spi;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a report section sees: the finished eval record (as written to eval.yaml) and the output folder.
 */
public record ReportContext(Map<String, Object> eval, Path outDir) {
    public ReportContext {
        eval = Map.copyOf(eval);
    }
}
