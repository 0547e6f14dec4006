package io.fmbench.spi.table;

import io.fmbench.spi.DataException;
import io.fmbench.spi.SampleTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a delimited text file with a header row into a {@link SampleTable}: comma-separated (RFC 4180 quoting) or
 * tab-separated, chosen by the file name ({@code .tsv}, {@code .txt} and {@code .tab} are tab-separated) unless given;
 * {@code .gz} files are decompressed on the fly. Blank lines are skipped; a row with the wrong number of fields is an
 * error naming the file and line.
 */
public final class DelimitedTable {

    private DelimitedTable() {}

    /** Reads with the delimiter implied by the file name. */
    public static SampleTable read(Path file) throws DataException {
        return read(file, delimiterFor(file), true);
    }

    /**
     * @param delimiter ',' or '\t'
     * @param header    whether the first line names the columns (else columns are named "0", "1", ...)
     */
    public static SampleTable read(Path file, char delimiter, boolean header) throws DataException {
        List<List<String>> records = records(file, delimiter);
        if (records.isEmpty()) throw new DataException(file + ": empty file; it needs " + (header ? "a header row" : "at least one line"));
        List<String> columns;
        int first;
        if (header) {
            columns = records.get(0);
            first = 1;
        } else {
            columns = new ArrayList<>();
            for (int c = 0; c < records.get(0).size(); c++) columns.add(Integer.toString(c));
            first = 0;
        }
        List<List<String>> rows = new ArrayList<>(records.size());
        for (int i = first; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != columns.size())
                throw new DataException(file + ": data row " + (i + 1 - first) + " has " + r.size() + " fields but "
                        + (header ? "the header has " : "the first line has ") + columns.size() + "; fix the row or the delimiter");
            rows.add(r);
        }
        return new SampleTable(columns, rows);
    }

    /** Tab for .tsv/.tab/.txt (also under .gz), else comma. */
    public static char delimiterFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        return name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt") ? '\t' : ',';
    }

    /** A reader of the file's text (UTF-8, BOM dropped), decompressing .gz. */
    public static BufferedReader open(Path file) throws DataException {
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            r.mark(1);
            if (r.read() != '\uFEFF') r.reset();
            return r;
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static List<List<String>> records(Path file, char delimiter) throws DataException {
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader r = open(file)) {
            Parser p = new Parser(delimiter);
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                List<String> rec = p.feed(line);
                if (rec != null && !(rec.size() == 1 && rec.get(0).isEmpty())) out.add(rec);
            }
            if (p.open()) throw new DataException(file + ": line " + lineNo + " ends inside a quoted field; close the quote");
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** Splits lines into fields; a quoted field may span lines (then {@link #feed} returns null until it closes). */
    private static final class Parser {
        private final char delimiter;
        private List<String> row = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private boolean quoted;

        Parser(char delimiter) {
            this.delimiter = delimiter;
        }

        boolean open() {
            return quoted;
        }

        List<String> feed(String line) {
            if (quoted) cell.append('\n');
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c != '"') cell.append(c);
                    else if (i + 1 < line.length() && line.charAt(i + 1) == '"') cell.append(line.charAt(++i));
                    else quoted = false;
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == delimiter) {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (quoted) return null;
            row.add(cell.toString());
            cell.setLength(0);
            List<String> done = row;
            row = new ArrayList<>();
            return done;
        }
    }
}
