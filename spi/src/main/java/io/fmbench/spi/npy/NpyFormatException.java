package io.fmbench.spi.npy;

import io.fmbench.spi.DataException;

/** A file that is not a readable {@code .npy} array; the message names the file and the problem. */
public class NpyFormatException extends DataException {
    public NpyFormatException(String message) {
        super(message);
    }
}
