package io.fmbench.kernel;

/**
 * An error the user can act on. The CLI prints its message as one line on stderr and exits with {@link #exitCode()}
 * (1 by default; 2 for usage errors). The message names the file and field at fault and says what to do.
 */
public class FmbenchException extends Exception {
    private final int exitCode;

    public FmbenchException(String message) {
        this(message, 1);
    }

    public FmbenchException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public FmbenchException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    public int exitCode() {
        return exitCode;
    }
}
