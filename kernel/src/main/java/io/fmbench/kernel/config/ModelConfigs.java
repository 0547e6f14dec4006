package io.fmbench.kernel.config;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a model config file (--model). */
public final class ModelConfigs {

    private ModelConfigs() {}

    public static ModelConfig read(Path file) throws FmbenchException {
        Path f = file.toAbsolutePath().normalize();
        if (Files.isDirectory(f))
            throw new FmbenchException(file + ": is a folder; --model takes a model config file (.yaml), e.g. configs/model_dummy_classifier.yaml");
        if (!Files.isRegularFile(f)) throw new FmbenchException(file + ": model config does not exist; check the --model path");
        Fields y = new Fields(f, YamlFiles.readMap(f));
        String id = y.requiredString("model_id");
        if (!id.matches("[A-Za-z0-9._+-]+"))
            throw new FmbenchException(f + ": field 'model_id' is '" + id + "'; use letters, digits and . _ + - only (it becomes part of file names)");
        String type = y.requiredString("type");
        return new ModelConfig(f, id, type, y.map());
    }
}
