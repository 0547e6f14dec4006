package io.fmbench.kernel.hub;

import java.nio.file.Path;

/** One finding about a file: where (file, line, field) and what to do. Errors make a record invalid; warnings do not. */
public record Problem(Path file, int line, String field, String message, boolean error) {

    public static Problem error(Path file, int line, String field, String message) {
        return new Problem(file, line, field, message, true);
    }

    public static Problem warning(Path file, int line, String field, String message) {
        return new Problem(file, line, field, message, false);
    }

    /** {@code evals/x.yaml:12: error: field 'metrics.AUROC': must be at most 1, got 1.2}. */
    public String format() {
        return file + ":" + line + ": " + (error ? "error" : "warning") + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + message;
    }
}
