package io.fmbench.plugin.subprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which configs the factory claims, and config errors that need no Python. */
class SubprocessModelFactoryTest {

    private static ModelConfig config(String type, Map<String, Object> s) {
        return new ModelConfig(Path.of("/tmp/cfg/model.yaml"), "m", type, s);
    }

    @Test
    void claimsPythonClassExceptTheReferenceDummyWhichBaselinesServes() {
        SubprocessModelFactory f = new SubprocessModelFactory();
        assertTrue(f.supports(config("python_class", Map.of("import_path", "my_model:Wrapper"))));
        assertFalse(f.supports(config("python_class", Map.of("import_path", "fmbench.dummy_model:DummyClassifier"))));
        assertTrue(f.supports(config("subprocess", Map.of())));
        assertFalse(f.supports(config("onnx", Map.of())));
    }

    @Test
    void badImportPathAndMissingCommandAreNamed() {
        Path bridge = Path.of("/tmp/b.py");
        ModelException e = assertThrows(ModelException.class,
                () -> LaunchSpec.from(config("python_class", Map.of("import_path", "a:b:c")), bridge));
        assertEquals("field 'import_path' is 'a:b:c'; write it as \"package.module:ClassName\" (one colon)", e.getMessage());
        e = assertThrows(ModelException.class, () -> LaunchSpec.from(config("subprocess", Map.of()), bridge));
        assertTrue(e.getMessage().startsWith("field 'command' is missing;"), e.getMessage());
        e = assertThrows(ModelException.class, () -> LaunchSpec.from(config("python_class", Map.of("import_path", "a:B", "timeout_s", 0)), bridge));
        assertEquals("field 'timeout_s' must be at least 1 (seconds)", e.getMessage());
    }

    @Test
    void bridgeWordIsReplacedAndPathsResolveAgainstTheConfigFolder() throws Exception {
        LaunchSpec s = LaunchSpec.from(config("subprocess", Map.of("command", List.of("python3", "{bridge}", "-x"), "python_path", "lib",
                "timeout_s", 7)), Path.of("/w/fmbench_bridge.py"));
        assertEquals(List.of("python3", "/w/fmbench_bridge.py", "-x"), s.command());
        assertEquals(Path.of("/tmp/cfg/lib").toString(), s.sysPath().get(2));
        assertEquals(7, s.batchTimeout().toSeconds());
    }
}
