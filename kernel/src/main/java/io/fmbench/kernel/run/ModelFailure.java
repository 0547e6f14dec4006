package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;

/**
 * The model (not the data or the definitions) failed: it threw, hung, crashed, or returned NaN or wrongly shaped
 * outputs. The run still ends with one error line, but leaves an eval.yaml with status Failed and a log in --out.
 */
public final class ModelFailure extends FmbenchException {
    public ModelFailure(String message) {
        super(message);
    }

    public ModelFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
