package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.Kernel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads the plugins on another thread while picocli builds and parses the command line (each takes a fifth of a
 * second in a fresh JVM), so that a command starting the kernel finds it loaded. Done only when the plugin folders are
 * known before parsing (no --root or --plugins-dir); a command asking for other folders loads its own kernel.
 */
final class EarlyKernel {

    private static FutureTask<Kernel> pending;
    private static List<Path> pendingRoots;

    private EarlyKernel() {}

    static synchronized void start(List<Path> roots) {
        discard();
        pendingRoots = List.copyOf(roots);
        pending = new FutureTask<>(() -> Kernel.start(pendingRoots));
        Thread loader = new Thread(pending, "fmbench-plugins");
        loader.setDaemon(true);
        loader.start();
    }

    /** The kernel loaded early for exactly these plugin folders (its errors are thrown here, unchanged), or null. */
    static synchronized Kernel take(List<Path> roots) throws FmbenchException {
        if (pending == null) return null;
        FutureTask<Kernel> task = pending;
        boolean same = pendingRoots.equals(roots);
        pending = null;
        if (!same) {
            closeWhenDone(task);
            return null;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FmbenchException("interrupted while loading the plugins");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FmbenchException fe) throw fe;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Drops a kernel that no command took (e.g. after a usage error), closing its plugins. */
    static synchronized void discard() {
        if (pending != null) closeWhenDone(pending);
        pending = null;
    }

    private static void closeWhenDone(FutureTask<Kernel> task) {
        try {
            task.get().close();
        } catch (Exception | Error e) {
            // its errors belong to a load nobody asked for
        }
    }
}
