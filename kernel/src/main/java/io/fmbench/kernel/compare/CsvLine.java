package io.fmbench.kernel.compare;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of predictions.csv (RFC 4180 quoting, as PredictionsCsv writes sample ids with commas or quotes). */
final class CsvLine {

    private CsvLine() {}

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else cell.append(ch);
        }
        out.add(cell.toString());
        return out;
    }
}
