package io.fmbench.plugin.npydata;

import io.fmbench.spi.DataException;
import io.fmbench.spi.SampleTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV file with a header row (RFC 4180 quoting) into a {@link SampleTable}. */
final class CsvTable {

    private CsvTable() {}

    static SampleTable read(Path file) throws DataException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<List<String>> records = parse(text, file);
        if (records.isEmpty()) throw new DataException(file + ": empty file; it needs a header row");
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) continue;
            if (r.size() != header.size())
                throw new DataException(file + ": line " + (i + 1) + " has " + r.size() + " fields but the header has " + header.size());
            rows.add(r);
        }
        return new SampleTable(header, rows);
    }

    static List<List<String>> parse(String text, Path file) throws DataException {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) throw new DataException(file + ": line " + line + " has an unclosed quote");
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            out.add(row);
        }
        return out;
    }
}
