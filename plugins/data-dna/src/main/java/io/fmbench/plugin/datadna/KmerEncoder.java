package io.fmbench.plugin.datadna;

import java.util.List;
import java.util.Map;

/**
 * Normalised k-mer frequencies (4^k values, k-mers in lexicographic order A &lt; C &lt; G &lt; T, as the reference).
 * Unlike the reference, which deletes every N and so counts k-mers that join the bases on either side of it (sequences
 * that never occur in the genome), a window is counted only if all its k bases are A, C, G or T: an N breaks the run.
 * A sequence with no valid window encodes as all zeros.
 */
final class KmerEncoder implements Encoder {

    static final int MAX_K = 12;

    private final int k;
    private final int size;
    private final int mask;

    KmerEncoder(int k) {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be 1.." + MAX_K + ", got " + k);
        this.k = k;
        this.size = 1 << (2 * k);
        this.mask = size - 1;
    }

    int k() {
        return k;
    }

    @Override
    public int[] sampleShape() {
        return new int[] {size};
    }

    @Override
    public void encode(List<String> sequences, float[] out, int offset) {
        int longest = 0;
        for (String s : sequences) longest = Math.max(longest, s.length());
        int[] touched = new int[longest];
        for (int s = 0; s < sequences.size(); s++) encodeOne(sequences.get(s), out, offset + s * size, touched);
    }

    /**
     * Counts one sequence into out[base, base + 4^k) with a rolling 2k-bit code and a count of valid bases in a row,
     * then scales only the entries it touched (a 4096-wide row usually has a few hundred non-zeros).
     *
     * @param touched scratch of at least seq.length() entries; receives the positions written
     * @return how many positions were written (the first entries of touched)
     */
    int encodeOne(String seq, float[] out, int base, int[] touched) {
        int len = seq.length();
        int code = 0, run = 0, windows = 0, distinct = 0;
        byte[] table = Bases.CODE;
        for (int i = 0; i < len; i++) {
            char c = seq.charAt(i);
            int b = c < 128 ? table[c] : -1;
            if (b < 0) {
                run = 0;
                continue;
            }
            code = ((code << 2) | b) & mask;
            if (++run >= k) {
                int at = base + code;
                if (out[at] == 0f) touched[distinct++] = at;
                out[at] += 1f;
                windows++;
            }
        }
        if (windows > 0) {
            float inv = 1f / windows;
            for (int t = 0; t < distinct; t++) out[touched[t]] *= inv;
        }
        return distinct;
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("encoding", "kmer", "k", k);
    }
}
