package io.fmbench.plugin.onnx;

import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The onnx config fields: {@code path} (the .onnx file), {@code input} (input name; default the model's only input),
 * {@code outputs} (map of output kind to the model's output name: probabilities, labels, values, embeddings; default:
 * the model's first output as probabilities or values, by task), {@code softmax} (apply a softmax to the probabilities
 * output when the model emits logits), {@code batch_size} (default 64) and {@code threads} (intra-op threads, default 1).
 */
record OnnxSettings(Path model, String input, Map<Output, String> outputs, boolean softmax, int batchSize, int threads) {

    static OnnxSettings from(ModelConfig c) throws ModelException {
        String path = c.string("path", null);
        if (path == null || path.isBlank()) throw new ModelException("field 'path' is missing; set it to the .onnx file");
        Path model = c.resolve(path);
        if (!Files.isRegularFile(model)) throw new ModelException("field 'path' points to " + model + ", which does not exist");
        Map<Output, String> outputs = new LinkedHashMap<>();
        for (var e : c.map("outputs").entrySet()) {
            try {
                outputs.put(Output.valueOf(e.getKey().toUpperCase(Locale.ROOT)), String.valueOf(e.getValue()));
            } catch (IllegalArgumentException x) {
                throw new ModelException("field 'outputs' has key '" + e.getKey() + "'; use probabilities, labels, values or embeddings");
            }
        }
        return new OnnxSettings(model, c.string("input", null), outputs, Boolean.parseBoolean(c.string("softmax", "false")),
                positive(c, "batch_size", 64), positive(c, "threads", 1));
    }

    private static int positive(ModelConfig c, String key, int fallback) throws ModelException {
        try {
            long v = c.number(key, fallback);
            if (v < 1 || v > 1 << 20) throw new NumberFormatException();
            return (int) v;
        } catch (NumberFormatException e) {
            throw new ModelException("field '" + key + "' must be a whole number >= 1, got '" + c.settings().get(key) + "'");
        }
    }
}
