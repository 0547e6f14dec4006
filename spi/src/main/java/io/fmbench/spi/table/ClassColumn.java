package io.fmbench.spi.table;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Targets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a column of class labels into {@link Targets}: whole numbers are ordered numerically (so "0"/"1" stay classes
 * 0 and 1), any other labels alphabetically; the label text becomes the class name unless the dataset card gives
 * {@code class_names} for numeric labels 0..k-1.
 */
public final class ClassColumn {

    private ClassColumn() {}

    /**
     * @param values     one label per sample
     * @param cardNames  display names for numeric labels 0..k-1 (card's class_names), or null
     * @param where      file and column, for messages
     */
    public static Targets targets(List<String> values, List<String> cardNames, String where) throws DataException {
        List<String> trimmed = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i).trim();
            if (v.isEmpty()) throw new DataException(where + ": row " + (i + 1) + " has an empty label; fill it in or drop the row");
            trimmed.add(v);
        }
        boolean numeric = trimmed.stream().allMatch(ClassColumn::isWholeNumber);
        Comparator<String> order = numeric ? Comparator.comparingLong(ClassColumn::wholeNumber) : Comparator.naturalOrder();
        TreeSet<String> distinct = new TreeSet<>(order);
        distinct.addAll(trimmed);
        List<String> names = new ArrayList<>(distinct);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) index.put(names.get(c), c);
        int[] classes = new int[trimmed.size()];
        for (int i = 0; i < classes.length; i++) classes[i] = index.get(trimmed.get(i));
        if (cardNames != null && !cardNames.isEmpty()) {
            if (!numeric) throw new DataException(where + ": class_names in the card apply to numeric labels, but the labels are text; drop class_names");
            for (int c = 0; c < names.size(); c++) {
                long v = wholeNumber(names.get(c));
                if (v < 0 || v >= cardNames.size())
                    throw new DataException(where + ": label " + v + " has no entry in the card's class_names (" + cardNames.size() + " given)");
            }
            List<String> display = new ArrayList<>();
            for (String n : names) display.add(cardNames.get((int) wholeNumber(n)));
            names = display;
        }
        return Targets.classes(classes, names);
    }

    private static boolean isWholeNumber(String s) {
        return s.matches("[+-]?[0-9]{1,18}(\\.0*)?");
    }

    private static long wholeNumber(String s) {
        int dot = s.indexOf('.');
        return Long.parseLong(dot < 0 ? s : s.substring(0, dot));
    }
}
