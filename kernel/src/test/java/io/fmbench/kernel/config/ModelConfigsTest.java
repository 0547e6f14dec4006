package io.fmbench.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fmbench.kernel.FmbenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigsTest {

    @TempDir Path dir;

    @Test
    void aFolderOrAMissingFileIsNamedForWhatItIs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("models"));
        assertEquals(folder + ": is a folder; --model takes a model config file (.yaml), e.g. configs/model_dummy_classifier.yaml",
                assertThrows(FmbenchException.class, () -> ModelConfigs.read(folder)).getMessage());
        Path missing = dir.resolve("nope.yaml");
        assertEquals(missing + ": model config does not exist; check the --model path",
                assertThrows(FmbenchException.class, () -> ModelConfigs.read(missing)).getMessage());
    }

    @Test
    void readsIdAndType() throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, "model_id: tiny\ntype: baseline\nname: random\n");
        var c = ModelConfigs.read(f);
        assertEquals("tiny", c.modelId());
        assertEquals("baseline", c.type());
        assertEquals("random", c.string("name", null));
    }
}
