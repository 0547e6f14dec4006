package io.fmbench.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.Kernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyKernelTest {

    @TempDir Path dir;

    @AfterEach
    void clear() {
        EarlyKernel.discard();
    }

    @Test
    void aCommandGetsTheEarlyKernelOnlyForTheSameFoldersAndOnlyOnce() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        EarlyKernel.start(List.of(plugins));
        assertNull(EarlyKernel.take(List.of(plugins, dir)), "other folders: the command loads its own");
        assertNull(EarlyKernel.take(List.of(plugins)), "the early kernel was dropped");

        EarlyKernel.start(List.of(plugins));
        try (Kernel k = EarlyKernel.take(List.of(plugins))) {
            assertNotNull(k);
            assertEquals(List.of(), k.plugins().plugins());
        }
        assertNull(EarlyKernel.take(List.of(plugins)), "taken once");
    }

    @Test
    void aLoadErrorReachesTheCommandUnchanged() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(plugins.resolve("not-a-plugin.jar"), "this is not a zip file");
        String direct = assertThrows(FmbenchException.class, () -> Kernel.start(List.of(plugins))).getMessage();
        EarlyKernel.start(List.of(plugins));
        FmbenchException early = assertThrows(FmbenchException.class, () -> EarlyKernel.take(List.of(plugins)));
        assertEquals(direct, early.getMessage());
        assertTrue(direct.contains("not-a-plugin.jar"), direct);
    }
}
