package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeSelectionTest {

    /** A probe that only has a name: selection looks at nothing else. */
    record Named(String name) implements RobustnessProbe {
        public boolean appliesTo(int[] s) { return true; }
        public List<Double> grid(Map<String, Object> c) { return List.of(0.0); }
        public double cleanLevel() { return 0; }
        public Tensor perturb(Tensor b, double l, ProbeContext c) { return b; }
    }

    static final List<RobustnessProbe> INSTALLED = List.of("dropout", "noise", "line_noise", "permutation", "shift", "masking",
            "expression", "intensity", "contrast", "spike_artifact").stream().map(n -> (RobustnessProbe) new Named(n)).toList();

    private static List<String> names(List<RobustnessProbe> p) {
        return p.stream().map(RobustnessProbe::name).toList();
    }

    @Test
    void entriesAreTrimmedAndBlanksDropped() {
        // the reference keeps " noise" and skips it as unknown
        assertEquals(List.of("dropout", "noise", "shift"), ProbeSelection.parse(" dropout, noise ,,shift"));
    }

    @Test
    void modalityDefaultsFollowTheReference() throws Exception {
        assertEquals(List.of("dropout", "noise", "line_noise", "permutation", "shift"),
                names(ProbeSelection.select(null, new int[] {16, 500}, INSTALLED, "--probes", 2)));
        assertEquals(List.of("dropout", "noise", "permutation", "masking", "expression"),
                names(ProbeSelection.select(null, new int[] {100}, INSTALLED, "--probes", 2)));
        assertEquals(List.of("dropout", "noise", "permutation", "intensity", "contrast"),
                names(ProbeSelection.select(null, new int[] {8, 8, 8}, INSTALLED, "--probes", 2)));
        assertEquals(List.of("dropout", "noise", "permutation"),
                names(ProbeSelection.select(null, new int[] {2, 2, 2, 2}, INSTALLED, "--probes", 2)));
    }

    @Test
    void requestedOrderIsKeptAndDuplicatesRunOnce() throws Exception {
        assertEquals(List.of("spike_artifact", "shift"),
                names(ProbeSelection.select(List.of("spike_artifact", "shift", "spike_artifact"), new int[] {16, 500}, INSTALLED, "--probes", 2)));
    }

    @Test
    void unknownProbeListsTheKnownOnes() {
        var e = assertThrows(FmbenchException.class,
                () -> ProbeSelection.select(List.of("dropout", "wander"), new int[] {16, 500}, INSTALLED, "--probes", 2));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().startsWith("--probes: unknown probe 'wander'; known probes: contrast, dropout, expression, intensity, "
                + "line_noise, masking, noise, permutation, shift, spike_artifact"), e.getMessage());
    }
}
