package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceProbeKeysTest {

    @Test
    void lineNoiseAtOrAboveNyquistIsNotedWithTheFrequencyItFoldsTo() {
        // fs 100 Hz: Nyquist 50 Hz; 60 Hz folds to |60 - 100| = 40 Hz
        assertEquals("line_noise: the sampling frequency 100 Hz is below twice the mains frequency, so the added tone is aliased "
                        + "(50 Hz is the Nyquist frequency itself, 60 Hz appears at 40 Hz); its curve measures that tone, not mains hum as seen at this rate",
                ReferenceProbeKeys.aliasingNote("line_noise", 100, Map.of()));
        // fs 80 Hz, mains 50 Hz only: |50 - 80| = 30 Hz; 250 Hz folds to |250 - 3 * 80| = 10 Hz
        assertEquals("line_noise: the sampling frequency 80 Hz is below twice the mains frequency, so the added tone is aliased "
                        + "(50 Hz appears at 30 Hz, 250 Hz appears at 10 Hz); its curve measures that tone, not mains hum as seen at this rate",
                ReferenceProbeKeys.aliasingNote("line_noise", 80, Map.of("mains", List.of(50.0, 250.0))));
    }

    @Test
    void noNoteBelowNyquistForOtherProbesOrWithoutAFrequency() {
        assertNull(ReferenceProbeKeys.aliasingNote("line_noise", 200, Map.of()), "60 Hz < 100 Hz");
        assertNull(ReferenceProbeKeys.aliasingNote("line_noise", 120.5, Map.of()), "60 Hz < 60.25 Hz");
        assertNull(ReferenceProbeKeys.aliasingNote("noise", 50, Map.of()));
        assertNull(ReferenceProbeKeys.aliasingNote("line_noise", Double.NaN, Map.of()));
    }
}
