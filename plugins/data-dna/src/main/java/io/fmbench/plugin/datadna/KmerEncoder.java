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

    /** Rows per parallel task: big enough that scheduling is negligible, small enough to keep both cores busy. */
    private static final int CHUNK = 256;

    /** Rows are independent, so chunks run in parallel and the result does not depend on the thread count. */
    @Override
    public void encode(List<String> sequences, float[] out, int offset) {
        int n = sequences.size();
        int chunks = (n + CHUNK - 1) / CHUNK;
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> {
            Scratch scratch = new Scratch(size);
            for (int s = c * CHUNK, to = Math.min(n, s + CHUNK); s < to; s++) encodeOne(sequences.get(s), out, offset + s * size, scratch);
        });
    }

    /** Per-thread counting space: counts stay in L1 cache; only the k-mers seen are written to the output row. */
    static final class Scratch {
        final int[] counts;
        int[] seen = new int[256];
        int distinct;

        Scratch(int size) {
            counts = new int[size];
        }
    }

    /**
     * Counts one sequence with a rolling 2k-bit code and a count of valid bases in a row, then writes the frequencies of
     * the k-mers it saw into out[base, base + 4^k) (left untouched elsewhere: the caller supplies a zeroed row) and
     * resets the scratch. After the call, scratch.seen[0, scratch.distinct) lists the codes written.
     */
    void encodeOne(String seq, float[] out, int base, Scratch scratch) {
        int len = seq.length();
        if (scratch.seen.length < len) scratch.seen = new int[len];
        int[] counts = scratch.counts, seen = scratch.seen;
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
                if (counts[code]++ == 0) seen[distinct++] = code;
                windows++;
            }
        }
        float inv = windows == 0 ? 0f : 1f / windows;
        for (int t = 0; t < distinct; t++) {
            int kmer = seen[t];
            out[base + kmer] = counts[kmer] * inv;
            counts[kmer] = 0;
        }
        scratch.distinct = distinct;
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("encoding", "kmer", "k", k);
    }
}
