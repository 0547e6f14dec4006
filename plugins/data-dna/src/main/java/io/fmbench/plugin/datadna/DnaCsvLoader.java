package io.fmbench.plugin.datadna;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.table.DelimitedTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Labelled DNA sequences in CSV or TSV (Genomic Benchmarks, GUE, the reference's train.tsv/test.tsv): a single file,
 * or a folder of train / dev / test files that become the dataset's predefined splits. Card fields:
 * {@code sequence_column} (default: sequence, then seq, then Sequence), {@code label_column} (default: label, then
 * class), {@code id_column}, {@code class_names}, and the encoding ({@code encoding}, {@code k}, {@code max_len}).
 */
public final class DnaCsvLoader implements DatasetLoader {

    static final List<String> EXTENSIONS = List.of(".csv", ".tsv");
    private static final List<String> SEQUENCE_COLUMNS = List.of("sequence", "seq", "Sequence");
    private static final List<String> LABEL_COLUMNS = List.of("label", "class", "Label", "Class");

    @Override
    public String format() {
        return "dna-csv";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        try {
            Map<String, Path> files = SplitFiles.find(source.path(), EXTENSIONS, format());
            SampleTable head = DelimitedTable.read(files.values().iterator().next());
            return pick(head, null, SEQUENCE_COLUMNS) != null && pick(head, null, LABEL_COLUMNS) != null;
        } catch (DataException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        LabelledSequences data = new LabelledSequences();
        for (Map.Entry<String, Path> e : SplitFiles.find(source.path(), EXTENSIONS, format()).entrySet()) {
            readFile(e.getValue(), e.getKey(), source, data);
        }
        return DnaDataset.build(source, data);
    }

    private static void readFile(Path file, String split, DatasetSource source, LabelledSequences into) throws DataException {
        SampleTable t = DelimitedTable.read(file);
        String seqCol = pick(t, Card.string(source, "sequence_column"), SEQUENCE_COLUMNS);
        String labelCol = pick(t, Card.string(source, "label_column"), LABEL_COLUMNS);
        if (seqCol == null)
            throw new DataException(file + ": no sequence column (looked for " + wanted(source, "sequence_column", SEQUENCE_COLUMNS)
                    + "; columns are " + t.columns() + "); set sequence_column in the dataset card");
        if (labelCol == null)
            throw new DataException(file + ": no label column (looked for " + wanted(source, "label_column", LABEL_COLUMNS)
                    + "; columns are " + t.columns() + "); set label_column in the dataset card");
        String idCol = Card.string(source, "id_column");
        if (idCol != null && !t.has(idCol)) throw new DataException(file + ": id_column '" + idCol + "' is not a column (" + t.columns() + ")");
        List<String> seqs = t.column(seqCol), labels = t.column(labelCol), ids = idCol == null ? null : t.column(idCol);
        String prefix = split.isEmpty() ? "" : split + "-";
        for (int i = 0; i < seqs.size(); i++) {
            String seq = Bases.normalise(seqs.get(i), file + ": row " + (i + 1) + ", column '" + seqCol + "'");
            into.add(seq, labels.get(i), ids == null ? prefix + i : ids.get(i), split);
        }
        into.files.add(file);
    }

    /** The card's column if given (must exist), else the first fallback present. */
    private static String pick(SampleTable t, String declared, List<String> fallbacks) {
        if (declared != null) return t.has(declared) ? declared : null;
        for (String c : fallbacks) if (t.has(c)) return c;
        return null;
    }

    private static String wanted(DatasetSource source, String key, List<String> fallbacks) {
        String d = Card.string(source, key);
        return d != null ? "'" + d + "'" : String.join(", ", fallbacks);
    }
}
