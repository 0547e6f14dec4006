package io.fmbench.kernel.config;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Dataset-card paths resolve against the workspace; toy data of the installation's own definitions lives with the user. */
class WorkspaceTest {

    private final Path root = Path.of("/work/ws"), home = Path.of("/opt/fmbench");

    @Test
    void aWorkspaceKeepsItsToyDataInside() {
        Workspace w = Workspace.at(root);
        assertEquals(root.resolve("toy_data"), w.toyData());
        assertEquals(Path.of("/work/ws/toy_data/neuro/robustness"), w.resolve("toy_data/neuro/robustness"));
        assertEquals(Path.of("/work/ws/toy_data/neuro/robustness"), w.resolve("./toy_data/neuro/../neuro/robustness"));
        assertEquals(Path.of("/work/ws/data/adhd"), w.resolve("data/adhd"));
        assertEquals(Path.of("/data/adhd"), w.resolve("/data/adhd"));
        assertEquals(w.toyData(), w.withSuites(Path.of("/x")).withDatasets(Path.of("/y")).toyData());
    }

    @Test
    void theInstallationsToyDataGoesToTheUsersDataFolder() {
        Workspace w = Workspace.installation(home);
        Path data = Workspace.userDataDir();
        assertEquals(Path.of("fmbench"), data.getFileName());
        if (System.getenv("XDG_DATA_HOME") == null)
            assertEquals(Path.of(System.getProperty("user.home"), ".local/share/fmbench"), data);
        assertEquals(data.resolve("toy_data"), w.toyData());
        assertEquals(data.resolve("toy_data/neuro/robustness"), w.resolve("toy_data/neuro/robustness"));
        // everything else still comes from the installation
        assertEquals(Path.of("/opt/fmbench/configs/suites"), w.suitesDir());
        assertEquals(Path.of("/opt/fmbench/data/adhd"), w.resolve("data/adhd"));
        assertEquals(Path.of("/opt/fmbench/toy_data_notes.txt"), w.resolve("toy_data_notes.txt"));
    }
}
