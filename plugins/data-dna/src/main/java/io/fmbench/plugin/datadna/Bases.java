package io.fmbench.plugin.datadna;

import io.fmbench.spi.DataException;

/** Nucleotide codes shared by the encoders: A=0, C=1, G=2, T=3 (the reference's lexicographic order), anything else -1. */
final class Bases {

    /** code per ASCII character; upper and lower case alike; -1 for N and every other character. */
    static final byte[] CODE = new byte[128];

    /** IUPAC ambiguity letters (and U for RNA) that a sequence may carry; all but U become N. */
    private static final String AMBIGUOUS = "NRYSWKMBDHV";

    static {
        java.util.Arrays.fill(CODE, (byte) -1);
        String acgt = "ACGT";
        for (byte b = 0; b < 4; b++) {
            CODE[acgt.charAt(b)] = b;
            CODE[Character.toLowerCase(acgt.charAt(b))] = b;
        }
    }

    private Bases() {}

    static int code(char c) {
        return c < 128 ? CODE[c] : -1;
    }

    /**
     * Upper-cases a sequence, writes U as T and every IUPAC ambiguity letter as N; any other character is an error.
     *
     * @param where file and record, for the message
     */
    static String normalise(String raw, String where) throws DataException {
        String s = raw.strip();
        if (s.isEmpty()) throw new DataException(where + ": empty sequence; drop the row or fill it in");
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if (c == 'A' || c == 'C' || c == 'G' || c == 'T' || c == 'N') out[i] = c;
            else if (c == 'U') out[i] = 'T';
            else if (AMBIGUOUS.indexOf(c) >= 0) out[i] = 'N';
            else throw new DataException(where + ": character '" + s.charAt(i) + "' at position " + (i + 1)
                    + " is not a nucleotide (A, C, G, T, N or an IUPAC code); check the sequence column");
        }
        return new String(out);
    }
}
