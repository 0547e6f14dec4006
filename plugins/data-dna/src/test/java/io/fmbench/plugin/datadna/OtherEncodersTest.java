package io.fmbench.plugin.datadna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.DataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherEncodersTest {

    @Test
    void oneHotPadsTruncatesAndLeavesNEmpty() {
        OneHotEncoder e = new OneHotEncoder(3);
        float[] out = new float[2 * 12];
        e.encode(List.of("AN", "TGCA"), out, 0);
        assertArrayEquals(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0}, out);
        assertArrayEquals(new int[] {3, 4}, e.sampleShape());
    }

    @Test
    void characterCodesWithNAndPaddingAsFour() {
        CharacterEncoder e = new CharacterEncoder(5);
        float[] out = new float[5];
        e.encode(List.of("CNTg"), out, 0);
        assertArrayEquals(new float[] {1, 4, 3, 2, 4}, out);
    }

    @Test
    void cardChoosesEncoderAndRejectsUnknownOnes() throws DataException {
        assertEquals(4096, Encoders.fromCard(Map.of(), 10, "c").width());
        assertEquals(Map.of("encoding", "kmer", "k", 3), Encoders.fromCard(Map.of("encoding", "k-mer", "k", 3), 10, "c").describe());
        assertEquals(40, Encoders.fromCard(Map.of("encoding", "one_hot"), 10, "c").width());
        assertEquals(7, Encoders.fromCard(Map.of("encoding", "character", "max_len", 7), 10, "c").width());
        DataException bad = assertThrows(DataException.class, () -> Encoders.fromCard(Map.of("encoding", "bpe"), 10, "card.yaml"));
        assertTrue(bad.getMessage().startsWith("card.yaml: field 'encoding' is 'bpe'"), bad.getMessage());
        assertThrows(DataException.class, () -> Encoders.fromCard(Map.of("k", 0), 10, "c"));
        assertThrows(DataException.class, () -> Encoders.fromCard(Map.of("k", 13), 10, "c"));
    }

    @Test
    void normaliseUpperCasesMapsAmbiguityToNAndRejectsJunk() throws DataException {
        assertEquals("ACGTNNT", Bases.normalise(" acgtRyu ", "f"));
        DataException e = assertThrows(DataException.class, () -> Bases.normalise("AC-GT", "x.csv: row 3"));
        assertTrue(e.getMessage().startsWith("x.csv: row 3: character '-' at position 3"), e.getMessage());
    }
}
