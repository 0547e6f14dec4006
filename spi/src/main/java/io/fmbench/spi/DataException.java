package io.fmbench.spi;

/** Bad or unreadable data. The message is shown to the user as is: name the file and field, and what to do. */
public class DataException extends Exception {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
