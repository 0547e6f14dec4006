package io.fmbench.plugin.precomputed;

import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hands out precomputed rows for the samples the kernel asks for, after checking that each row belongs to that
 * sample: by position and id ({@code match_by: order}, the default), by id in any order ({@code match_by: id}), or by
 * position alone when the file carries no ids. On close, every row must have been used exactly once.
 */
final class PrecomputedModel implements Model {

    enum MatchBy { ORDER, ID }

    private final Map<Output, OutputTable> tables;
    private final MatchBy matchBy;
    private final Map<Output, Map<String, Integer>> rowOfId = new HashMap<>();
    private final Map<Output, BitSet> used = new HashMap<>();
    private final Map<String, Object> provenance;

    PrecomputedModel(Map<Output, OutputTable> tables, MatchBy matchBy, Map<String, Object> provenance) throws ModelException {
        this.tables = new LinkedHashMap<>(tables);
        this.matchBy = matchBy;
        this.provenance = provenance;
        for (var e : tables.entrySet()) {
            used.put(e.getKey(), new BitSet());
            OutputTable t = e.getValue();
            if (t.ids() == null) continue;
            Map<String, Integer> rows = new HashMap<>();
            for (int r = 0; r < t.ids().size(); r++) {
                Integer before = rows.put(t.ids().get(r), r);
                if (before != null)
                    throw new ModelException(t.file() + ": sample id '" + t.ids().get(r) + "' appears twice (rows " + (before + 1) + " and " + (r + 1) + ")");
            }
            rowOfId.put(e.getKey(), rows);
        }
    }

    @Override
    public Set<Output> outputs() {
        return Set.copyOf(tables.keySet());
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        double[][] probs = null, values = null;
        int[] labels = null;
        float[][] emb = null;
        for (var e : tables.entrySet()) {
            double[][] rows = rows(e.getKey(), e.getValue(), batch);
            switch (e.getKey()) {
                case PROBABILITIES -> probs = rows;
                case VALUES -> values = rows;
                case LABELS -> labels = labels(e.getValue(), rows, batch);
                case EMBEDDINGS -> {
                    emb = new float[rows.length][];
                    for (int i = 0; i < rows.length; i++) {
                        emb[i] = new float[rows[i].length];
                        for (int j = 0; j < rows[i].length; j++) emb[i][j] = (float) rows[i][j];
                    }
                }
            }
        }
        return new Predictions(probs, labels, values, emb);
    }

    private double[][] rows(Output kind, OutputTable t, Batch batch) throws ModelException {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            int sample = batch.offset() + i;
            String id = batch.sampleIds().get(i);
            int row = rowFor(kind, t, sample, id);
            for (double v : t.rows()[row])
                if (!Double.isFinite(v))
                    throw new ModelException(t.file() + ": row " + (row + 1) + " (sample '" + id + "') holds " + v + "; precomputed outputs must be finite");
            used.get(kind).set(row);
            out[i] = t.rows()[row];
        }
        return out;
    }

    private int rowFor(Output kind, OutputTable t, int sample, String id) throws ModelException {
        if (t.ids() != null && matchBy == MatchBy.ID) {
            Integer row = rowOfId.get(kind).get(id);
            if (row == null) throw new ModelException(t.file() + ": no row for sample '" + id + "' (dataset sample " + sample
                    + "); compute outputs for every sample of the dataset");
            return row;
        }
        if (sample >= t.rows().length)
            throw new ModelException(t.file() + ": has " + t.rows().length + " rows but the dataset has more samples (sample " + sample
                    + ", id '" + id + "'); it must hold one row per dataset sample, in dataset order");
        if (t.ids() != null && !t.ids().get(sample).equals(id))
            throw new ModelException(t.file() + ": row " + (sample + 1) + " is sample '" + t.ids().get(sample) + "' but dataset sample " + sample
                    + " is '" + id + "'; write the rows in the dataset's order, or set 'match_by: id' in the model config");
        return sample;
    }

    private static int[] labels(OutputTable t, double[][] rows, Batch batch) throws ModelException {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != 1 || rows[i][0] != Math.rint(rows[i][0]))
                throw new ModelException(t.file() + ": labels must be one whole number per sample (sample '" + batch.sampleIds().get(i) + "')");
            out[i] = (int) rows[i][0];
        }
        return out;
    }

    @Override
    public Map<String, Object> provenance() {
        return provenance;
    }

    /** Refuses a file with rows for samples the dataset does not have: a sign that file and dataset do not belong together. */
    @Override
    public void close() throws ModelException {
        for (var e : tables.entrySet()) {
            int rows = e.getValue().rows().length, seen = used.get(e.getKey()).cardinality();
            if (seen > 0 && seen != rows)
                throw new ModelException(e.getValue().file() + ": has " + rows + " rows but the dataset has " + seen
                        + " samples; the file must hold exactly one row per dataset sample");
        }
    }
}
