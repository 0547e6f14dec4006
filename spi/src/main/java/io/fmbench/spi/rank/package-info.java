/**
 * Sorting and ranking of scores for metric plugins and the kernel alike: order-preserving 64-bit keys of doubles,
 * LSD radix sorts over only the bits where the keys differ, and AUROC as Mann-Whitney U without an index
 * permutation. JDK only, like the rest of the SPI.
 */
package io.fmbench.spi.rank;
