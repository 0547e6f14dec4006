package io.fmbench.plugin.datadna;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sequences read from one or more files, with their raw labels, ids and the split each came from ("" when none). */
final class LabelledSequences {

    final List<String> sequences = new ArrayList<>();
    final List<String> labels = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    final List<String> splits = new ArrayList<>();
    final List<Path> files = new ArrayList<>();

    void add(String sequence, String label, String id, String split) {
        sequences.add(sequence);
        labels.add(label);
        ids.add(id);
        splits.add(split);
    }

    int size() {
        return sequences.size();
    }

    int longest() {
        int max = 0;
        for (String s : sequences) max = Math.max(max, s.length());
        return max;
    }
}
