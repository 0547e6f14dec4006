/**
 * Reading delimited text tables (CSV, TSV, optionally gzip-compressed) and turning a label column into class indices:
 * the plain-text counterpart of {@link io.fmbench.spi.npy}, shared by data-loader plugins so that every loader reports
 * malformed files the same way. JDK only.
 */
package io.fmbench.spi.table;
