package io.fmbench.plugin.datadna;

import java.util.List;
import java.util.Map;

/**
 * One-hot codes, sample shape [maxLen, 4] (columns A, C, G, T): N is all zeros, shorter sequences are padded with
 * zero rows at the end and longer ones truncated (the reference crashed on unequal lengths instead).
 */
final class OneHotEncoder implements Encoder {

    private final int maxLen;

    OneHotEncoder(int maxLen) {
        this.maxLen = maxLen;
    }

    @Override
    public int[] sampleShape() {
        return new int[] {maxLen, 4};
    }

    @Override
    public void encode(List<String> sequences, float[] out, int offset) {
        for (int s = 0; s < sequences.size(); s++) {
            String seq = sequences.get(s);
            int base = offset + s * maxLen * 4;
            for (int i = 0, n = Math.min(maxLen, seq.length()); i < n; i++) {
                int b = Bases.code(seq.charAt(i));
                if (b >= 0) out[base + 4 * i + b] = 1f;
            }
        }
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("encoding", "one_hot", "max_len", maxLen);
    }
}
