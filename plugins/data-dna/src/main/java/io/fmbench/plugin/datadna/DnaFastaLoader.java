package io.fmbench.plugin.datadna;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.SampleTable;
import io.fmbench.spi.table.DelimitedTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Labelled DNA sequences in FASTA (multi-line records, optionally gzipped; a single file or train/dev/test files).
 * The label comes from a side table when the card names one ({@code labels: file.csv}, next to the FASTA, with
 * {@code id_column} (default id) and {@code label_column} (default label)), else from the header: the card's
 * {@code label_pattern} regex (first group), by default {@code label=X} or {@code class=X}, else the last
 * {@code |}-separated field. The record id is the header's first word.
 */
public final class DnaFastaLoader implements DatasetLoader {

    static final List<String> EXTENSIONS = List.of(".fasta", ".fa", ".fna");
    private static final Pattern DEFAULT_LABEL = Pattern.compile("(?:label|class)=(\\S+)");

    @Override
    public String format() {
        return "dna-fasta";
    }

    @Override
    public boolean accepts(DatasetSource source) {
        try {
            SplitFiles.find(source.path(), EXTENSIONS, format());
            return true;
        } catch (DataException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Dataset load(DatasetSource source) throws DataException {
        Map<String, Path> files = SplitFiles.find(source.path(), EXTENSIONS, format());
        String sideName = Card.string(source, "labels");
        Path sideFile = sideName == null ? null : files.values().iterator().next().toAbsolutePath().getParent().resolve(sideName);
        Map<String, String> side = sideFile == null ? null : sideTable(source, sideFile);
        Pattern pattern = pattern(source);
        LabelledSequences data = new LabelledSequences();
        for (Map.Entry<String, Path> e : files.entrySet()) read(e.getValue(), e.getKey(), side, pattern, data);
        if (sideFile != null) data.files.add(sideFile);
        return DnaDataset.build(source, data);
    }

    private static void read(Path file, String split, Map<String, String> side, Pattern pattern, LabelledSequences into) throws DataException {
        try (BufferedReader r = DelimitedTable.open(file)) {
            String header = null, line;
            StringBuilder seq = new StringBuilder();
            int lineNo = 0, headerLine = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith(">")) {
                    if (header != null) add(file, headerLine, header, seq, split, side, pattern, into);
                    header = line.substring(1).strip();
                    headerLine = lineNo;
                    seq.setLength(0);
                } else if (!line.isBlank() && !line.startsWith(";")) {
                    if (header == null) throw new DataException(file + ": line " + lineNo + " holds sequence before any '>' header; is this FASTA?");
                    seq.append(line.strip());
                }
            }
            if (header != null) add(file, headerLine, header, seq, split, side, pattern, into);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        into.files.add(file);
    }

    private static void add(Path file, int line, String header, StringBuilder seq, String split, Map<String, String> side,
                            Pattern pattern, LabelledSequences into) throws DataException {
        String where = file + ": record at line " + line;
        String id = header.split("[\\s|]", 2)[0];
        if (id.isEmpty()) throw new DataException(where + " has an empty header; give each record an id");
        String label;
        if (side != null) {
            label = side.get(id);
            if (label == null) throw new DataException(where + ": id '" + id + "' is not in the labels table; add it or drop the record");
        } else {
            Matcher m = pattern.matcher(header);
            if (m.find()) label = m.group(1);
            else if (header.contains("|")) label = header.substring(header.lastIndexOf('|') + 1).strip();
            else throw new DataException(where + ": no label in header '" + header
                    + "'; write label=<class> in the header, or set labels: <table> or label_pattern in the dataset card");
        }
        into.add(Bases.normalise(seq.toString(), where), label, id, split);
    }

    private static Map<String, String> sideTable(DatasetSource source, Path file) throws DataException {
        SampleTable t = DelimitedTable.read(file);
        String idCol = Card.string(source, "id_column") == null ? "id" : Card.string(source, "id_column");
        String labelCol = Card.string(source, "label_column") == null ? "label" : Card.string(source, "label_column");
        for (String c : List.of(idCol, labelCol))
            if (!t.has(c)) throw new DataException(file + ": no column '" + c + "' (columns are " + t.columns() + "); set id_column / label_column in the card");
        Map<String, String> out = new HashMap<>();
        List<String> ids = t.column(idCol), labels = t.column(labelCol);
        for (int i = 0; i < ids.size(); i++) {
            if (out.put(ids.get(i), labels.get(i)) != null) throw new DataException(file + ": id '" + ids.get(i) + "' appears twice");
        }
        return out;
    }

    private static Pattern pattern(DatasetSource source) throws DataException {
        String p = Card.string(source, "label_pattern");
        if (p == null) return DEFAULT_LABEL;
        try {
            Pattern c = Pattern.compile(p);
            if (c.matcher("").groupCount() < 1) throw new DataException(Card.where(source) + ": label_pattern '" + p + "' needs a capturing group around the label");
            return c;
        } catch (PatternSyntaxException e) {
            throw new DataException(Card.where(source) + ": label_pattern '" + p + "' is not a valid regular expression (" + e.getDescription() + ")");
        }
    }
}
