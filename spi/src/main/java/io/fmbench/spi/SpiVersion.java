package io.fmbench.spi;

/** Version of this contract. A plugin's {@code plugin.requires} range is checked against it before the plugin loads. */
public final class SpiVersion {
    /** Major part: bumped on any incompatible change to an interface or record of the SPI; minor part: on additions
     * (1.1: the {@code rank} package and {@code RobustnessProbe.perturbInto}; 1.2: {@code Dataset.read} into a given
     * array; 1.3: {@code NpyType}'s int8, uint8, int16, uint16, uint32 and float16, {@code NpyType.integral}, and
     * {@code SignalStats.of} over a range). */
    public static final String CURRENT = "1.3.0";

    private SpiVersion() {}
}
