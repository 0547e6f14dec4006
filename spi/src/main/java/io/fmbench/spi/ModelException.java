package io.fmbench.spi;

/** A model could not be built or failed to predict. The message is shown to the user as is. */
public class ModelException extends Exception {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
