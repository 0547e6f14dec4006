package io.fmbench.kernel.config;

import io.fmbench.kernel.FmbenchException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Definitions read on another thread while the caller does other start-up work (loading plugins): they are plain YAML
 * and need nothing else, so on two cores the run starts sooner. Errors surface, unchanged, from {@link #get()}.
 */
public final class PendingDefinitions {

    private final FutureTask<Definitions> task;

    private PendingDefinitions(Workspace ws) {
        task = new FutureTask<>(() -> Definitions.load(ws));
        Thread reader = new Thread(task, "fmbench-definitions");
        reader.setDaemon(true);
        reader.start();
    }

    public static PendingDefinitions start(Workspace ws) {
        return new PendingDefinitions(ws);
    }

    public Definitions get() throws FmbenchException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FmbenchException("interrupted while reading the definitions in configs/");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FmbenchException fe) throw fe;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
