package io.fmbench.plugin.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Tensor;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ONNX Runtime session fed the kernel's batches (split to {@code batch_size}), float32 in, mapped outputs back. */
final class OnnxModel implements Model {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final OnnxSettings settings;
    private final String input;
    private final int inputRank;
    private final Map<Output, String> outputs;
    private final Map<String, Object> provenance;

    OnnxModel(OrtEnvironment env, OrtSession session, OnnxSettings settings, String input, int inputRank, Map<Output, String> outputs,
              Map<String, Object> provenance) {
        this.env = env;
        this.session = session;
        this.settings = settings;
        this.input = input;
        this.inputRank = inputRank;
        this.outputs = outputs;
        this.provenance = provenance;
    }

    static int rank(NodeInfo info) {
        return info.getInfo() instanceof TensorInfo t ? t.getShape().length : -1;
    }

    @Override
    public Set<Output> outputs() {
        return Set.copyOf(outputs.keySet());
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        if (batch.inputs() == null) throw new ModelException("ONNX models take numeric inputs; this dataset gives only sequences");
        List<Predictions> parts = new ArrayList<>();
        Tensor all = batch.inputs();
        for (int from = 0; from < batch.size(); from += settings.batchSize())
            parts.add(run(all.slice(from, Math.min(batch.size(), from + settings.batchSize()))));
        return Predictions.concat(parts);
    }

    /** Input shape as the model wants it: samples flattened to (n, features) when the model's input has rank 2. */
    private long[] shapeFor(Tensor t) {
        if (inputRank == 2) return new long[] {t.samples(), t.sampleSize()};
        return Arrays.stream(t.shape()).asLongStream().toArray();
    }

    private Predictions run(Tensor x) throws ModelException {
        int n = x.samples();
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(x.data()), shapeFor(x));
             OrtSession.Result result = session.run(Map.of(input, in), Set.copyOf(outputs.values()))) {
            double[][] probs = null, values = null;
            int[] labels = null;
            float[][] emb = null;
            for (var e : outputs.entrySet()) {
                OnnxValue v = result.get(e.getValue()).orElseThrow();
                if (!(v instanceof OnnxTensor t)) throw new ModelException("ONNX output '" + e.getValue() + "' is not a tensor");
                double[][] rows = OrtRows.of(t, n, e.getValue());
                switch (e.getKey()) {
                    case PROBABILITIES -> probs = settings.softmax() ? OrtRows.softmax(rows) : rows;
                    case VALUES -> values = rows;
                    case LABELS -> labels = OrtRows.labels(rows, e.getValue());
                    case EMBEDDINGS -> emb = OrtRows.floats(rows);
                }
            }
            return new Predictions(probs, labels, values, emb);
        } catch (OrtException e) {
            throw new ModelException("ONNX Runtime failed on a batch of shape " + Arrays.toString(shapeFor(x)) + ": " + e.getMessage());
        }
    }

    @Override
    public Map<String, Object> provenance() {
        return provenance;
    }

    @Override
    public void close() throws ModelException {
        try {
            session.close();
        } catch (OrtException e) {
            throw new ModelException("could not close the ONNX session: " + e.getMessage());
        }
    }
}
