package io.fmbench.plugin.datadna;

import java.util.List;
import java.util.Map;

/** Character codes A=0, C=1, G=2, T=3, N (and padding) = 4, sample shape [maxLen], as the reference's character encoding. */
final class CharacterEncoder implements Encoder {

    static final float PAD = 4f;

    private final int maxLen;

    CharacterEncoder(int maxLen) {
        this.maxLen = maxLen;
    }

    @Override
    public int[] sampleShape() {
        return new int[] {maxLen};
    }

    @Override
    public void encode(List<String> sequences, float[] out, int offset) {
        for (int s = 0; s < sequences.size(); s++) {
            String seq = sequences.get(s);
            int base = offset + s * maxLen;
            for (int i = 0; i < maxLen; i++) {
                int b = i < seq.length() ? Bases.code(seq.charAt(i)) : -1;
                out[base + i] = b < 0 ? PAD : b;
            }
        }
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("encoding", "character", "max_len", maxLen);
    }
}
