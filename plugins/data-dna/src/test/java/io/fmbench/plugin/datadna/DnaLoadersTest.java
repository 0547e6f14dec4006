package io.fmbench.plugin.datadna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.Batch;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnaLoadersTest {

    @TempDir
    Path dir;

    private static DatasetSource source(Path p, Map<String, Object> card) {
        return new DatasetSource("DS-T", p, card);
    }

    @Test
    void tsvSplitsWithSeqFallbackLowerCaseAndN() throws Exception {
        Files.writeString(dir.resolve("train.tsv"), "seq\tlabel\nacgt\t1\nNNAC\t0\n");
        Files.writeString(dir.resolve("test.tsv"), "seq\tlabel\nGGGG\t1\n");
        try (Dataset d = new DnaCsvLoader().load(source(dir, Map.of("encoding", "kmer", "k", 2)))) {
            assertEquals(3, d.size());
            assertArrayEquals(new int[] {0, 1}, d.predefinedSplits().get("train"));
            assertArrayEquals(new int[] {2}, d.predefinedSplits().get("test"));
            assertEquals(List.of("train", "train", "test"), d.metadata().column("split"));
            assertArrayEquals(new int[] {1, 0, 1}, d.targets().classes());
            Batch b = d.read(1, 3);
            assertEquals(List.of("NNAC", "GGGG"), b.sequences());
            assertArrayEquals(new int[] {2, 16}, b.inputs().shape());
            assertEquals(1f, b.inputs().data()[1]);           // NNAC: only AC
            assertEquals(1f, b.inputs().data()[16 + 10]);     // GGGG: GG = 2*4+2
        }
    }

    @Test
    void singleCsvWithClassColumnAndCardNames() throws Exception {
        Path f = dir.resolve("test.csv");
        Files.writeString(f, "sequence,class\nACGT,0\nTTTT,1\nCCCC,1\n");
        DnaCsvLoader loader = new DnaCsvLoader();
        assertTrue(loader.accepts(source(f, Map.of())));
        try (Dataset d = loader.load(source(f, Map.of("encoding", "one_hot", "class_names", List.of("non-promoter", "promoter"))))) {
            assertEquals(Map.of(), d.predefinedSplits());
            assertEquals(List.of("non-promoter", "promoter"), d.targets().classNames());
            assertArrayEquals(new int[] {4, 4}, d.sampleShape());
            assertEquals(List.of(f), d.files());
        }
    }

    @Test
    void missingColumnAndBadCharacterNameFileAndField() throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "dna,label\nACGT,0\n");
        DataException e = assertThrows(DataException.class, () -> new DnaCsvLoader().load(source(f, Map.of())));
        assertTrue(e.getMessage().startsWith(f + ": no sequence column (looked for sequence, seq, Sequence; columns are [dna, label])"), e.getMessage());
        Files.writeString(f, "sequence,label\nACGT,0\nAC*T,1\n");
        e = assertThrows(DataException.class, () -> new DnaCsvLoader().load(source(f, Map.of())));
        assertTrue(e.getMessage().startsWith(f + ": row 2, column 'sequence': character '*'"), e.getMessage());
    }

    @Test
    void fastaWithHeaderLabelsAndMultiLineRecords() throws Exception {
        Path f = dir.resolve("seqs.fa");
        Files.writeString(f, ">r1 label=enh\nACG\nTAC\n>r2|neg\nggg\n");
        try (Dataset d = new DnaFastaLoader().load(source(f, Map.of("encoding", "character")))) {
            assertEquals(List.of("r1", "r2"), d.sampleIds());
            assertEquals(List.of("enh", "neg"), d.targets().classNames());
            assertEquals(List.of("ACGTAC", "GGG"), d.read(0, 2).sequences());
        }
    }

    @Test
    void fastaWithSideTableAndUnknownIdError() throws Exception {
        Path f = dir.resolve("seqs.fasta");
        Files.writeString(f, ">a\nAC\n>b\nGT\n");
        Files.writeString(dir.resolve("labels.csv"), "id,label\nb,1\na,0\n");
        try (Dataset d = new DnaFastaLoader().load(source(f, Map.of("labels", "labels.csv")))) {
            assertArrayEquals(new int[] {0, 1}, d.targets().classes());
            assertEquals(2, d.files().size());
        }
        Files.writeString(dir.resolve("labels.csv"), "id,label\na,0\n");
        DataException e = assertThrows(DataException.class, () -> new DnaFastaLoader().load(source(f, Map.of("labels", "labels.csv"))));
        assertTrue(e.getMessage().contains("id 'b' is not in the labels table"), e.getMessage());
    }
}
