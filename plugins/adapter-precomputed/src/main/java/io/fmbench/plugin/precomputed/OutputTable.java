package io.fmbench.plugin.precomputed;

import io.fmbench.spi.ModelException;
import io.fmbench.spi.npy.NpyFile;
import io.fmbench.spi.npy.NpyFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One precomputed output file as rows of numbers, with the sample id of each row when the file (CSV) or a side file
 * ({@code sample_ids}) gives them; null ids mean rows are in dataset order by assumption.
 */
record OutputTable(Path file, double[][] rows, List<String> ids) {

    static OutputTable read(Path file, String idColumn, Path idsFile) throws ModelException {
        if (!Files.isRegularFile(file)) throw new ModelException(file + ": precomputed output file does not exist; check the path in the model config");
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        OutputTable t = name.endsWith(".npy") ? npy(file) : name.endsWith(".csv") ? csv(file, idColumn)
                : fail(file + ": unknown file type; write precomputed outputs as .npy or .csv");
        if (idsFile == null) return t;
        if (t.ids != null) throw new ModelException(file + ": the CSV has its own '" + idColumn + "' column; remove 'sample_ids' from the config");
        List<String> ids = Csv.idsFile(idsFile, idColumn);
        if (ids.size() != t.rows.length)
            throw new ModelException(idsFile + ": lists " + ids.size() + " sample ids but " + file.getFileName() + " has " + t.rows.length + " rows");
        return new OutputTable(file, t.rows, ids);
    }

    private static OutputTable fail(String message) throws ModelException {
        throw new ModelException(message);
    }

    private static OutputTable npy(Path file) throws ModelException {
        try (NpyFile f = NpyFile.open(file)) {
            long[] shape = f.header().shape();
            if (shape.length == 0 || shape.length > 2)
                throw new ModelException(file + ": expected a 1-D or 2-D array (samples[, columns]), got " + shape.length + "-D");
            int n = Math.toIntExact(shape[0]);
            int c = shape.length == 2 ? Math.toIntExact(shape[1]) : 1;
            double[] flat = f.readAllDoubles();
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) rows[i] = java.util.Arrays.copyOfRange(flat, i * c, (i + 1) * c);
            return new OutputTable(file, rows, null);
        } catch (NpyFormatException e) {
            throw new ModelException(e.getMessage());
        }
    }

    private static OutputTable csv(Path file, String idColumn) throws ModelException {
        List<List<String>> lines = Csv.read(file);
        if (lines.isEmpty()) throw new ModelException(file + ": empty CSV; it needs a header row with '" + idColumn + "' and value columns");
        List<String> header = lines.get(0);
        int idAt = header.indexOf(idColumn);
        if (idAt < 0) throw new ModelException(file + ": no '" + idColumn + "' column in the header " + header
                + "; name the sample id column '" + idColumn + "' or set 'id_column' in the model config");
        List<String> ids = new ArrayList<>();
        double[][] rows = new double[lines.size() - 1][];
        for (int r = 1; r < lines.size(); r++) {
            List<String> cells = lines.get(r);
            if (cells.size() != header.size())
                throw new ModelException(file + ": line " + (r + 1) + " has " + cells.size() + " cells, the header has " + header.size());
            ids.add(cells.get(idAt));
            double[] row = new double[header.size() - 1];
            for (int c = 0, k = 0; c < cells.size(); c++) {
                if (c == idAt) continue;
                try {
                    row[k++] = Double.parseDouble(cells.get(c).trim());
                } catch (NumberFormatException e) {
                    throw new ModelException(file + ": line " + (r + 1) + ", column '" + header.get(c) + "' is '" + cells.get(c) + "', not a number");
                }
            }
            rows[r - 1] = row;
        }
        return new OutputTable(file, rows, List.copyOf(ids));
    }

    /** Minimal CSV: comma separated, optional double quotes around a cell. */
    static final class Csv {
        private Csv() {}

        static List<List<String>> read(Path file) throws ModelException {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ModelException(file + ": cannot read (" + e.getMessage() + ")");
            }
            List<List<String>> out = new ArrayList<>();
            for (String line : lines) if (!line.isBlank()) out.add(split(line));
            return out;
        }

        private static List<String> split(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append(ch); // "" inside quotes is one quote
                        i++;
                    } else quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else cell.append(ch);
            }
            cells.add(cell.toString().strip());
            return cells;
        }

        /** Sample ids from a text file (one per line) or a CSV with the id column. */
        static List<String> idsFile(Path file, String idColumn) throws ModelException {
            if (!Files.isRegularFile(file)) throw new ModelException(file + ": sample_ids file does not exist; check the path in the model config");
            List<List<String>> rows = read(file);
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                return rows.stream().map(r -> String.join(",", r)).toList();
            if (rows.isEmpty() || !rows.get(0).contains(idColumn))
                throw new ModelException(file + ": no '" + idColumn + "' column in the header; set 'id_column' in the model config");
            int at = rows.get(0).indexOf(idColumn);
            return rows.subList(1, rows.size()).stream().map(r -> r.get(at)).toList();
        }
    }
}
