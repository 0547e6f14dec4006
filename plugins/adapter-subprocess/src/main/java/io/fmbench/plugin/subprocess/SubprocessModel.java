package io.fmbench.plugin.subprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmbench.spi.Batch;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Output;
import io.fmbench.spi.Predictions;
import io.fmbench.spi.Sha256;
import io.fmbench.spi.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A model served by a child process over the fmbench protocol (PROTOCOL.md). */
final class SubprocessModel implements Model {

    static final int PROTOCOL = 1;

    private final LaunchSpec spec;
    private final ChildProcess child;
    private final Set<Output> wanted;
    private final Map<String, Object> provenance;

    private SubprocessModel(LaunchSpec spec, ChildProcess child, Set<Output> wanted, Map<String, Object> provenance) {
        this.spec = spec;
        this.child = child;
        this.wanted = wanted;
        this.provenance = provenance;
    }

    /** Starts the process and greets it; the process is stopped again if that fails. */
    static SubprocessModel start(LaunchSpec spec, ModelContext ctx, Path log, Path bridge) throws ModelException {
        ChildProcess child = ChildProcess.start(spec.command(), spec.cwd(), spec.env(), log);
        try {
            ObjectNode hello = Message.object().put("op", "hello").put("protocol", PROTOCOL)
                    .put("task", ctx.task().name().toLowerCase(Locale.ROOT)).put("classes", ctx.classCount()).put("seed", ctx.seed());
            if (spec.importPath() != null) hello.put("import_path", spec.importPath());
            hello.set("init_kwargs", Message.JSON.valueToTree(spec.initKwargs()));
            hello.set("sys_path", Message.JSON.valueToTree(spec.sysPath()));
            JsonNode reply = child.exchange(new Message(hello, List.of()), spec.startupTimeout(), "while starting").header();
            if (reply.path("protocol").asInt(-1) != PROTOCOL)
                throw new ModelException("the model process speaks protocol " + reply.path("protocol") + "; fmbench speaks " + PROTOCOL);
            Set<Output> offered = EnumSet.noneOf(Output.class);
            for (JsonNode o : reply.path("outputs")) offered.add(Output.valueOf(o.asText().toUpperCase(Locale.ROOT)));
            Set<Output> wanted = choose(ctx.task(), offered, spec.embeddings());
            return new SubprocessModel(spec, child, wanted, provenance(spec, reply, bridge, log, wanted));
        } catch (ModelException | RuntimeException e) {
            child.close();
            if (e instanceof IllegalArgumentException)
                throw new ModelException("the model process offered an unknown output kind (" + e.getMessage() + "); see PROTOCOL.md");
            throw e;
        }
    }

    /** The reference's choice: predict_proba when present, else predict; embeddings when asked for or nothing else fits. */
    static Set<Output> choose(Task task, Set<Output> offered, boolean embeddings) throws ModelException {
        Set<Output> out = EnumSet.noneOf(Output.class);
        if (task == Task.REGRESSION) {
            if (offered.contains(Output.VALUES)) out.add(Output.VALUES);
        } else if (offered.contains(Output.PROBABILITIES)) {
            out.add(Output.PROBABILITIES);
        } else if (offered.contains(Output.LABELS)) {
            out.add(Output.LABELS);
        }
        if (offered.contains(Output.EMBEDDINGS) && (embeddings || out.isEmpty())) out.add(Output.EMBEDDINGS);
        if (out.isEmpty())
            throw new ModelException("the model offers " + offered + " but a " + task.name().toLowerCase(Locale.ROOT)
                    + " benchmark needs " + (task == Task.REGRESSION ? "predict(X)" : "predict_proba(X) or predict(X)")
                    + " (or get_embeddings / encode_sequences)");
        return out;
    }

    private static Map<String, Object> provenance(LaunchSpec spec, JsonNode hello, Path bridge, Path log, Set<Output> wanted) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("command", String.join(" ", spec.command()));
        if (spec.importPath() != null) p.put("import_path", spec.importPath());
        if (!spec.initKwargs().isEmpty()) p.put("init_kwargs", spec.initKwargs());
        for (String k : List.of("python", "numpy")) if (hello.hasNonNull(k)) p.put(k, hello.get(k).asText());
        p.put("outputs", wanted.stream().map(o -> o.name().toLowerCase(Locale.ROOT)).toList());
        p.put("timeout_s", spec.batchTimeout().toSeconds());
        Map<String, String> hashes = new TreeMap<>();
        String module = hello.path("module_file").asText("");
        if (!module.isEmpty()) hash(hashes, Path.of(module));
        for (String word : spec.command().subList(1, spec.command().size())) {
            Path f = spec.cwd().resolve(word);
            if (!f.equals(bridge) && Files.isRegularFile(f)) hash(hashes, f);
        }
        hash(hashes, bridge);
        p.put("artifacts_sha256", hashes);
        p.put("stderr_log", log.toString());
        return p;
    }

    private static void hash(Map<String, String> into, Path file) {
        try {
            into.put(file.getFileName().toString(), Sha256.of(file));
        } catch (IOException e) {
            into.put(file.getFileName().toString(), "unreadable: " + e.getMessage());
        }
    }

    @Override
    public Set<Output> outputs() {
        return Set.copyOf(wanted);
    }

    @Override
    public Predictions predict(Batch batch) throws ModelException {
        int step = spec.batchSize() > 0 ? spec.batchSize() : Math.max(1, batch.size());
        if (step >= batch.size()) return predictPart(batch);
        List<Predictions> parts = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += step) parts.add(predictPart(slice(batch, from, Math.min(batch.size(), from + step))));
        return Predictions.concat(parts);
    }

    private static Batch slice(Batch b, int from, int to) {
        return new Batch(b.offset() + from, b.sampleIds().subList(from, to), b.inputs() == null ? null : b.inputs().slice(from, to),
                b.sequences() == null ? null : b.sequences().subList(from, to));
    }

    private Predictions predictPart(Batch batch) throws ModelException {
        int n = batch.size();
        ObjectNode h = Message.object().put("op", "predict").put("offset", batch.offset()).put("n", n);
        ArrayNode outs = h.putArray("outputs");
        wanted.forEach(o -> outs.add(o.name().toLowerCase(Locale.ROOT)));
        if (batch.sequences() != null) h.set("sequences", Message.JSON.valueToTree(batch.sequences()));
        List<WireArray> arrays = batch.inputs() == null ? List.of()
                : List.of(WireArray.ofFloats("inputs", batch.inputs().data(), batch.inputs().shape()));
        Message reply = child.exchange(new Message(h, arrays), spec.batchTimeout(), "on samples " + batch.offset() + ".." + (batch.offset() + n - 1));
        return Replies.predictions(reply, wanted, n);
    }

    @Override
    public Map<String, Object> provenance() {
        return provenance;
    }

    @Override
    public void close() {
        child.close();
    }
}
