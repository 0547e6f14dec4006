package io.fmbench.plugin.datadna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KmerEncoderTest {

    private static float[] encode(int k, String... seqs) {
        KmerEncoder e = new KmerEncoder(k);
        float[] out = new float[seqs.length * e.width()];
        e.encode(List.of(seqs), out, 0);
        return out;
    }

    @Test
    void nBreaksWindowsInsteadOfJoiningFlanks() {
        // windows of ACGT|N|ACG with k=2: AC, CG, GT, AC, CG (5); the reference deletes N and also counts TA.
        float[] v = encode(2, "ACGTNACG");
        float[] want = new float[16];
        want[0 * 4 + 1] = 2f / 5; // AC
        want[1 * 4 + 2] = 2f / 5; // CG
        want[2 * 4 + 3] = 1f / 5; // GT
        assertArrayEquals(want, v, 1e-7f);
        assertEquals(0f, v[3 * 4 + 0]); // TA would only appear by joining across N
    }

    @Test
    void lowerCaseCountsLikeUpperCaseAndShortSequenceIsZero() {
        assertArrayEquals(encode(3, "GATTACA"), encode(3, "gattaca"));
        assertArrayEquals(new float[64], encode(3, "AC"));
        assertArrayEquals(new float[64], encode(3, "NNNNN"));
    }

    @Test
    void lexicographicIndexForK6() {
        float[] v = encode(6, "TTTTTT", "AAAAAC");
        assertEquals(1f, v[4095]);
        assertEquals(1f, v[4096 + 1]);
    }

    /** Against a direct count over substrings (a different algorithm), on random sequences with N and lower case. */
    @Test
    void matchesSubstringCountsOnRandomSequences() {
        SplittableRandom r = new SplittableRandom(7);
        String alphabet = "ACGTacgtN";
        for (int trial = 0; trial < 50; trial++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + r.nextInt(120); i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            int k = 1 + r.nextInt(5);
            String s = sb.toString();
            float[] got = encode(k, s);
            double[] counts = new double[1 << (2 * k)];
            int windows = 0;
            for (int i = 0; i + k <= s.length(); i++) {
                String w = s.substring(i, i + k).toUpperCase();
                if (w.contains("N")) continue;
                int idx = 0;
                for (char c : w.toCharArray()) idx = idx * 4 + "ACGT".indexOf(c);
                counts[idx]++;
                windows++;
            }
            for (int j = 0; j < counts.length; j++)
                assertEquals(windows == 0 ? 0 : counts[j] / windows, got[j], 1e-6, "seq " + s + " k " + k + " index " + j);
        }
    }

    /** A batch big enough to be split into parallel chunks gives each row what it gives alone. */
    @Test
    void parallelBatchEqualsRowByRow() {
        SplittableRandom r = new SplittableRandom(3);
        String[] seqs = new String[1000];
        for (int s = 0; s < seqs.length; s++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 40 + r.nextInt(30); i++) sb.append("ACGTN".charAt(r.nextInt(5)));
            seqs[s] = sb.toString();
        }
        float[] batch = encode(4, seqs);
        for (int s = 0; s < seqs.length; s += 97)
            assertArrayEquals(encode(4, seqs[s]), java.util.Arrays.copyOfRange(batch, s * 256, (s + 1) * 256));
    }
}
