package io.fmbench.plugin.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Sha256;
import io.fmbench.spi.Task;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code type: onnx}: see {@link OnnxSettings} for the config fields. */
public final class OnnxModelFactory implements ModelAdapterFactory {

    @Override
    public String type() {
        return "onnx";
    }

    @Override
    public Model create(ModelConfig config, ModelContext context) throws ModelException {
        OnnxSettings s = OnnxSettings.from(config);
        OrtEnvironment env;
        OrtSession session;
        try {
            env = OrtEnvironment.getEnvironment();
        } catch (RuntimeException | LinkageError e) {
            throw new ModelException("ONNX Runtime could not load its native library (" + e + "); it needs a 64-bit Linux, macOS or Windows");
        }
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            // One intra-op thread by default and sequential execution: the same inputs give the same floats every run.
            opts.setIntraOpNumThreads(s.threads());
            opts.setInterOpNumThreads(1);
            opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            session = env.createSession(s.model().toString(), opts);
        } catch (OrtException e) {
            throw new ModelException(s.model() + ": ONNX Runtime cannot load the model (" + e.getMessage() + ")");
        }
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            String input = s.input() != null ? s.input() : inputs.size() == 1 ? inputs.keySet().iterator().next() : null;
            if (input == null || !inputs.containsKey(input))
                throw new ModelException("field 'input' is " + (s.input() == null ? "missing" : "'" + s.input() + "'") + "; the model's inputs are "
                        + inputs.keySet());
            Map<String, NodeInfo> outs = session.getOutputInfo();
            Map<Output, String> outputs = new LinkedHashMap<>(s.outputs());
            if (outputs.isEmpty()) outputs.put(context.task() == Task.REGRESSION ? Output.VALUES : Output.PROBABILITIES, outs.keySet().iterator().next());
            for (String name : outputs.values())
                if (!outs.containsKey(name)) throw new ModelException("field 'outputs' names '" + name + "' but the model's outputs are " + outs.keySet());
            Map<String, Object> prov = new LinkedHashMap<>();
            prov.put("path", s.model().toString());
            prov.put("artifacts_sha256", Map.of(s.model().getFileName().toString(), Sha256.of(s.model())));
            prov.put("onnxruntime", env.getVersion());
            prov.put("input", input);
            Map<String, String> named = new LinkedHashMap<>();
            outputs.forEach((k, v) -> named.put(k.name().toLowerCase(Locale.ROOT), v));
            prov.put("outputs", named);
            prov.put("softmax", s.softmax());
            prov.put("threads", s.threads());
            prov.put("batch_size", s.batchSize());
            return new OnnxModel(env, session, s, input, OnnxModel.rank(inputs.get(input)), outputs, prov);
        } catch (OrtException | IOException | ModelException e) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // already failing
            }
            throw e instanceof ModelException m ? m : new ModelException(s.model() + ": " + e.getMessage());
        }
    }
}
