package io.fmbench.kernel.cli;

import io.fmbench.kernel.BackgroundTask;
import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.Kernel;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the plugins on another thread while picocli builds and parses the command line (each takes a fifth of a
 * second in a fresh JVM), so that a command starting the kernel finds it loaded. Done only when the plugin folders are
 * known before parsing (no --root or --plugins-dir); a command asking for other folders loads its own kernel.
 */
final class EarlyKernel {

    private static BackgroundTask<Kernel> pending;
    private static List<Path> pendingRoots;

    private EarlyKernel() {}

    static synchronized void start(List<Path> roots) {
        discard();
        List<Path> copy = List.copyOf(roots);
        pendingRoots = copy;
        pending = BackgroundTask.start("fmbench-plugins", () -> Kernel.start(copy));
    }

    /** The kernel loaded early for exactly these plugin folders (its errors are thrown here, unchanged), or null. */
    static synchronized Kernel take(List<Path> roots) throws FmbenchException {
        if (pending == null) return null;
        BackgroundTask<Kernel> task = pending;
        pending = null;
        if (pendingRoots.equals(roots)) return task.get();
        closeWhenDone(task);
        return null;
    }

    /** Drops a kernel that no command took (e.g. after a usage error), closing its plugins. */
    static synchronized void discard() {
        if (pending != null) closeWhenDone(pending);
        pending = null;
    }

    private static void closeWhenDone(BackgroundTask<Kernel> task) {
        try {
            task.get().close();
        } catch (FmbenchException | RuntimeException e) {
            // the errors of a load nobody asked for are nobody's
        }
    }
}
