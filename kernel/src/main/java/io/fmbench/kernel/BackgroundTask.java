package io.fmbench.kernel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work done on a daemon thread while the caller does other work (on two cores the command starts sooner).
 * {@link #get()} waits and throws the task's own error, unchanged, as if the caller had done the work itself.
 */
public final class BackgroundTask<T> {

    /** Work that may fail with an error for the user. */
    public interface Work<T> {
        T call() throws FmbenchException;
    }

    private final FutureTask<T> task;
    private final String name;

    private BackgroundTask(String name, Work<T> work) {
        this.name = name;
        task = new FutureTask<>((Callable<T>) work::call);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    public static <T> BackgroundTask<T> start(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    public T get() throws FmbenchException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FmbenchException("interrupted while waiting for " + name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FmbenchException fe) throw fe;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
