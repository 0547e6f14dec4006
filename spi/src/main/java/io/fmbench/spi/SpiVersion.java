package io.fmbench.spi;

/** Version of this contract. A plugin's {@code plugin.requires} range is checked against it before the plugin loads. */
public final class SpiVersion {
    /** Bumped in its major part on any incompatible change to an interface or record of this package. */
    public static final String CURRENT = "1.0.0";

    private SpiVersion() {}
}
