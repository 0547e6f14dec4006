/**
 * The fmbench SPI: the only thing a plugin compiles against.
 *
 * <p>Extension points are plain interfaces ({@link io.fmbench.spi.ModelAdapterFactory}, {@link io.fmbench.spi.DatasetLoader},
 * {@link io.fmbench.spi.Metric}, {@link io.fmbench.spi.RobustnessProbe}, {@link io.fmbench.spi.ReportSection}); a plugin
 * lists its implementations in {@code META-INF/services/<interface name>} (ServiceLoader style) and declares itself in
 * {@code plugin.properties} ({@code plugin.id}, {@code plugin.version}, {@code plugin.requires} = the SPI range it needs).
 * Values that cross the boundary are immutable records. This package depends on the JDK only.
 */
package io.fmbench.spi;
