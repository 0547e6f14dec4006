package io.fmbench.kernel.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints rows as left-aligned columns sized to their widest cell, with a rule under the header row. */
final class Columns {

    private Columns() {}

    static void print(List<List<String>> rows, PrintStream out) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) for (int c = 0; c < cols - 1; c++) width[c] = Math.max(width[c], r.get(c).length());
        int total = 0;
        for (int w : width) total += w + 1;
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String cell = rows.get(i).get(c);
                sb.append(c < cols - 1 ? cell + " ".repeat(width[c] - cell.length() + 1) : cell);
            }
            out.println(sb.toString().stripTrailing());
            if (i == 0) out.println("-".repeat(Math.max(72, total + 20)));
        }
    }
}
