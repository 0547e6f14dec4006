package io.fmbench.plugin.subprocess;

import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code type: subprocess} (any program speaking PROTOCOL.md) and the reference's {@code type: python_class} configs
 * ({@code import_path: "module:Class"}, {@code init_kwargs}), except the reference's own dummy classifier, which the
 * baselines plugin serves natively.
 */
public final class SubprocessModelFactory implements ModelAdapterFactory {

    /** Served by the baselines plugin; the two plugins must never both claim a config. */
    static final String REFERENCE_DUMMY = "fmbench.dummy_model:DummyClassifier";
    static final String BRIDGE = "fmbench_bridge.py";

    @Override
    public String type() {
        return "subprocess";
    }

    @Override
    public boolean supports(ModelConfig config) {
        return type().equals(config.type())
                || ("python_class".equals(config.type()) && !REFERENCE_DUMMY.equals(config.string("import_path", "")));
    }

    @Override
    public Model create(ModelConfig config, ModelContext context) throws ModelException {
        Path dir = context.workDir().toAbsolutePath().resolve("adapter-subprocess");
        Path bridge = extractBridge(dir);
        LaunchSpec spec = LaunchSpec.from(config, bridge);
        return SubprocessModel.start(spec, context, dir.resolve(config.modelId() + ".stderr.log"), bridge);
    }

    /** Writes the bundled bridge next to the log, so the run folder shows exactly what ran. */
    static Path extractBridge(Path dir) throws ModelException {
        Path target = dir.resolve(BRIDGE);
        try (InputStream in = SubprocessModelFactory.class.getResourceAsStream(BRIDGE)) {
            if (in == null) throw new ModelException("the adapter-subprocess plugin is damaged: " + BRIDGE + " is missing from its jar");
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + BRIDGE, ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ModelException("cannot write the Python bridge to " + target + " (" + e.getMessage() + ")");
        }
    }
}
