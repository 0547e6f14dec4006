package io.fmbench.plugin.subprocess;

import io.fmbench.spi.ModelException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A model process: requests go to its stdin, answers come from its stdout, its stderr goes to a log file. Each
 * exchange runs on a helper thread so that a model that hangs is killed after the timeout instead of hanging fmbench.
 */
final class ChildProcess implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    private final Process process;
    private final OutputStream toChild;
    private final InputStream fromChild;
    private final Path log;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fmbench-subprocess-io");
        t.setDaemon(true);
        return t;
    });
    private boolean broken;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.toChild = new BufferedOutputStream(process.getOutputStream(), BUFFER);
        this.fromChild = new BufferedInputStream(process.getInputStream(), BUFFER);
        this.log = log;
    }

    static ChildProcess start(List<String> command, Path cwd, Map<String, String> env, Path log) throws ModelException {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ModelException("cannot create the folder for the model's log " + log + " (" + e.getMessage() + ")");
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        try {
            return new ChildProcess(pb.start(), log);
        } catch (IOException e) {
            throw new ModelException("cannot start " + String.join(" ", command) + " (" + e.getMessage()
                    + "); check field 'command' (or 'python') in the model config and that the program is installed");
        }
    }

    Path log() {
        return log;
    }

    /** Sends a request and waits for the answer; a failed or late answer leaves the process killed. */
    Message exchange(Message request, Duration timeout, String what) throws ModelException {
        if (broken) throw new ModelException("the model process is no longer usable after an earlier failure; see " + log);
        Future<Message> answer = io.submit(() -> {
            request.write(toChild);
            return Message.read(fromChild);
        });
        try {
            Message reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!reply.header().path("ok").asBoolean(false))
                throw new ModelException("the model failed " + what + ": " + reply.header().path("error").asText("(no error message)")
                        + " (traceback in " + log + ")");
            return reply;
        } catch (TimeoutException e) {
            kill();
            throw new ModelException("the model gave no answer " + what + " within " + timeout.toSeconds()
                    + " s and was stopped; raise 'timeout_s' in the model config if it is just slow (its stderr: " + log + ")");
        } catch (ExecutionException e) {
            kill();
            throw died(e.getCause(), what);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for the model " + what);
        }
    }

    private ModelException died(Throwable cause, String what) {
        if (cause instanceof Message.ProtocolException) return new ModelException(cause.getMessage() + " (" + what + "; log: " + log + ")");
        String exit = exitCode();
        if (cause instanceof EOFException || cause instanceof IOException) {
            String last = lastLogLine();
            return new ModelException("the model process " + (exit == null ? "closed its output" : "exited with code " + exit) + " " + what
                    + (last.isEmpty() ? "" : "; last line of its stderr: " + last) + " (full log: " + log + ")");
        }
        return new ModelException("talking to the model process failed " + what + " (" + cause + "); log: " + log);
    }

    /** The exit code if the process ended (waiting briefly, since a closed pipe usually means it is dying). */
    private String exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String lastLogLine() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return lines.get(i).strip();
        } catch (IOException e) {
            // the message then simply has no last line
        }
        return "";
    }

    private void kill() {
        broken = true;
        process.destroyForcibly();
    }

    /** Asks the process to stop, then kills it if it does not within a few seconds. */
    @Override
    public void close() {
        try {
            if (!broken && process.isAlive()) {
                try {
                    exchange(new Message(Message.object().put("op", "close"), List.of()), Duration.ofSeconds(5), "while closing");
                } catch (ModelException e) {
                    // closing is best effort: the process is killed below
                }
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
            io.shutdownNow();
        }
    }
}
