package io.fmbench.plugin.datadna;

import io.fmbench.spi.DataException;
import java.util.List;
import java.util.Map;

/** Picks the encoder a dataset card asks for: {@code encoding: kmer|one_hot|character}, {@code k}, {@code max_len}. */
final class Encoders {

    private Encoders() {}

    /**
     * @param longest length of the longest sequence, the default max_len
     * @param card    the card file's name, for messages
     */
    static Encoder fromCard(Map<String, Object> settings, int longest, String card) throws DataException {
        String name = String.valueOf(settings.getOrDefault("encoding", "kmer")).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "kmer", "k-mer" -> {
                int k = positive(settings, "k", 6, card);
                if (k > KmerEncoder.MAX_K)
                    throw new DataException(card + ": field 'k' is " + k + "; k-mer encoding supports k up to " + KmerEncoder.MAX_K + " (4^k features)");
                yield new KmerEncoder(k);
            }
            case "one_hot", "onehot" -> new OneHotEncoder(positive(settings, "max_len", longest, card));
            case "character", "char" -> new CharacterEncoder(positive(settings, "max_len", longest, card));
            default -> throw new DataException(card + ": field 'encoding' is '" + name + "'; use one of " + List.of("kmer", "one_hot", "character"));
        };
    }

    private static int positive(Map<String, Object> settings, String key, int fallback, String card) throws DataException {
        Object v = settings.get(key);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.toString().trim());
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new DataException(card + ": field '" + key + "' must be a positive whole number, got '" + v + "'");
        }
    }
}
