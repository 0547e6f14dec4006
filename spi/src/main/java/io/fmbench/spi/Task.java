package io.fmbench.spi;

/** Kinds of benchmark task. */
public enum Task {
    CLASSIFICATION,
    /** Regression and reconstruction: real-valued targets. */
    REGRESSION,
    ROBUSTNESS
}
