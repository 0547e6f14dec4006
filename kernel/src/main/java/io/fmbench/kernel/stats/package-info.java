/**
 * Statistics behind honest numbers: seeded bootstrap confidence intervals (percentile and BCa) for any
 * {@link io.fmbench.spi.Metric}, a sort-once AUROC for fast resampling, cross-validation splitters (stratified and
 * group-aware), paired comparisons (DeLong, McNemar, paired bootstrap, Holm) and summaries of repeated runs.
 *
 * <p>Everything here is a pure function of its arguments: the same inputs and seed give the same numbers whatever the
 * thread count, because every resample draws from its own stream derived from (seed, resample index).
 */
package io.fmbench.kernel.stats;
