package io.fmbench.kernel.output;

import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Eval ids: {@code <prefix>-<UTC yyyyMMdd-HHmmss>-<4 random hex>}. The reference used the second alone, so two runs
 * in one second overwrote each other; the random suffix makes that practically impossible and filing into an evals
 * folder claims the name atomically on top.
 */
public final class EvalIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EvalIds() {}

    public static String next(String prefix, ZonedDateTime utc) {
        byte[] b = new byte[2];
        RANDOM.nextBytes(b);
        return prefix + "-" + STAMP.format(utc) + "-" + HexFormat.of().formatHex(b);
    }

    /** True if the id is safe as a file name (letters, digits, . _ + -; no path separators, not hidden). */
    public static boolean isSafe(String id) {
        return id != null && id.matches("[A-Za-z0-9_+-][A-Za-z0-9._+-]{0,199}");
    }
}
