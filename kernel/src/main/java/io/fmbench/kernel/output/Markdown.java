package io.fmbench.kernel.output;

import java.util.List;
import java.util.Locale;

/** Small helpers for Markdown tables and numbers. */
public final class Markdown {

    private Markdown() {}

    public static String number(Object v) {
        if (v == null) return "n/a";
        if (v instanceof Double d) return String.format(Locale.ROOT, "%.4f", d);
        if (v instanceof Float f) return String.format(Locale.ROOT, "%.4f", f);
        return v.toString();
    }

    /** "[lower, upper]" of an interval entry of the record, or "" when it has none. */
    public static String interval(Object u) {
        if (u instanceof java.util.Map<?, ?> m && m.get("lower") != null && m.get("upper") != null)
            return "[" + number(m.get("lower")) + ", " + number(m.get("upper")) + "]";
        return "";
    }

    public static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(Markdown::escape).toList()) + " |\n";
    }

    public static String header(List<String> cells) {
        return row(cells) + "|" + "---|".repeat(cells.size()) + "\n";
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** "disease_stage" → "Disease Stage" (the reference's section titles). */
    public static String title(String key) {
        StringBuilder sb = new StringBuilder();
        for (String w : key.split("[_\\s]+")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
