package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplingFreqTest {

    @Test
    void flagThenInfoJsonThenSuiteThen200() throws Exception {
        assertEquals(new SamplingFreq(250, "--sampling-freq"), SamplingFreq.resolve(250.0, Map.of("sampling_freq", 200), 100.0, "info.json"));
        assertEquals(new SamplingFreq(200, "info.json"), SamplingFreq.resolve(null, Map.of("sampling_freq", 200), 100.0, "info.json"));
        assertEquals(new SamplingFreq(100, "suite"), SamplingFreq.resolve(null, Map.of(), 100.0, "info.json"));
        assertEquals(new SamplingFreq(200, "default"), SamplingFreq.resolve(null, Map.of(), null, "info.json"));
    }

    @Test
    void wholeHertzAreWrittenAsIntegersAsTheReferenceDoes() {
        assertEquals(200L, new SamplingFreq(200, "x").yamlValue());
        assertEquals(256.5, new SamplingFreq(256.5, "x").yamlValue());
    }

    @Test
    void aBadInfoValueNamesFileAndField() {
        var e = assertThrows(FmbenchException.class, () -> SamplingFreq.resolve(null, Map.of("sampling_freq", "fast"), null, "d/info.json"));
        assertTrue(e.getMessage().startsWith("d/info.json: field 'sampling_freq' is 'fast'"), e.getMessage());
        // JSON has no infinity, but 1e400 parses to it
        var inf = assertThrows(FmbenchException.class, () -> SamplingFreq.resolve(null, Map.of("sampling_freq", Double.POSITIVE_INFINITY), null, "d/info.json"));
        assertTrue(inf.getMessage().startsWith("d/info.json: field 'sampling_freq' is 'Infinity'"), inf.getMessage());
    }
}
