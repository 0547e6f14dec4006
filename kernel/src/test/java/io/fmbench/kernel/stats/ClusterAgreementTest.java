package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {

    @Test
    void handWorkedThreeClusters() {
        // classes {0,0,0,1,1,1}, clusters {0,0,1,1,2,2}: table [[2,1,0],[0,1,2]]; pair counts: index 1+1 = 2, rows 3+3 = 6,
        // columns 1+1+1 = 3, all C(6,2) = 15; expected 6*3/15 = 1.2, max 4.5: ARI = 0.8 / 3.3
        double[][] t = ClusterAgreement.table(new int[] {0, 0, 0, 1, 1, 1}, 2, new int[] {0, 0, 1, 1, 2, 2}, 3, null);
        assertEquals(8.0 / 33, ClusterAgreement.adjustedRand(t), 1e-15);
        // MI: the two cells of 2/6 give log((1/3) / (1/2 * 1/3)) = ln 2 each, the cells of 1/6 give ln 1 = 0:
        // MI = 2/3 ln 2; H(classes) = ln 2, H(clusters) = ln 3
        assertEquals(2.0 / 3 * Math.log(2) / ((Math.log(2) + Math.log(3)) / 2), ClusterAgreement.normalisedMutualInfo(t), 1e-15);
    }

    @Test
    void independentIdenticalAndTrivialPartitions() {
        // classes {0,0,1,1}, clusters {0,1,0,1}: index 0, rows 2, columns 2, C(4,2) = 6: expected 2/3, max 2: ARI -1/2; MI 0
        double[][] t = ClusterAgreement.table(new int[] {0, 0, 1, 1}, 2, new int[] {0, 1, 0, 1}, 2, null);
        assertEquals(-0.5, ClusterAgreement.adjustedRand(t), 1e-15);
        assertEquals(0, ClusterAgreement.normalisedMutualInfo(t), 1e-15);
        double[][] same = ClusterAgreement.table(new int[] {0, 0, 1, 2, 2}, 3, new int[] {2, 2, 0, 1, 1}, 3, null);
        assertEquals(1, ClusterAgreement.adjustedRand(same), 1e-15);
        assertEquals(1, ClusterAgreement.normalisedMutualInfo(same), 1e-15);
        double[][] oneGroup = ClusterAgreement.table(new int[] {0, 0, 0}, 1, new int[] {0, 0, 0}, 1, null);
        assertEquals(1, ClusterAgreement.adjustedRand(oneGroup));
        assertEquals(1, ClusterAgreement.normalisedMutualInfo(oneGroup));
    }

    @Test
    void numpyFixtureUnweightedAndAsRepeats() throws IOException {
        StatsFixture f = StatsFixture.load("clusters");
        int[] a = ints(f.arrays().get("classes")), b = ints(f.arrays().get("clusters"));
        double[] w = f.arrays().get("weights");
        assertEquals(f.expect("ari"), ClusterAgreement.adjustedRand(ClusterAgreement.table(a, 3, b, 4, null)), 1e-12);
        assertEquals(f.expect("nmi"), ClusterAgreement.normalisedMutualInfo(ClusterAgreement.table(a, 3, b, 4, null)), 1e-12);
        assertEquals(f.expect("weighted_ari"), ClusterAgreement.adjustedRand(ClusterAgreement.table(a, 3, b, 4, w)), 1e-12);
        assertEquals(f.expect("weighted_nmi"), ClusterAgreement.normalisedMutualInfo(ClusterAgreement.table(a, 3, b, 4, w)), 1e-12);
    }

    static int[] ints(double[] v) {
        return Arrays.stream(v).mapToInt(x -> (int) x).toArray();
    }
}
