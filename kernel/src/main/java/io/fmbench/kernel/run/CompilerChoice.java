package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Which JIT suits a run. The launcher starts {@code run} with the client compiler alone, which starts fast: on toy
 * data the optimising compiler spends more time compiling than it ever saves. A run on more data (or on a robustness
 * benchmark, whose Vector API kernels need the optimising compiler) asks, before it does any work, to be started again
 * with the optimising compiler: the launcher does that when the process exits with {@link #RESTART_EXIT_CODE}.
 * Without the launcher's property the JVM is left as it was started.
 */
public final class CompilerChoice {

    /** Exit code asking the launcher to start the same command again with the optimising compiler (sysexits' EX_TEMPFAIL). */
    public static final int RESTART_EXIT_CODE = 75;

    /** Set to "client" by the launcher when it started the JVM with the client compiler alone. */
    static final String PROPERTY = "fmbench.jit";

    /**
     * Data up to this size (all files of a dataset folder) runs with the client compiler: the toy classification and
     * regression sets are 0.1-0.4 MB, the real sets here 2.3-9.5 MB.
     */
    static final long CLIENT_MAX_BYTES = 1L << 20;

    /** Thrown (and turned into {@link #RESTART_EXIT_CODE} without a message) when the run should start again. */
    public static final class Restart extends FmbenchException {
        Restart() {
            super("restart with the optimising compiler", RESTART_EXIT_CODE);
        }
    }

    private final boolean clientOnly;
    private long dataBytes;
    private boolean needsVectorKernels;

    CompilerChoice(String property) {
        this.clientOnly = "client".equals(property);
    }

    public static CompilerChoice ofThisJvm() {
        return new CompilerChoice(System.getProperty(PROPERTY));
    }

    /**
     * Counts a dataset the run will read (a missing path counts as nothing: toy data generated on demand is small).
     * Nothing is read from disk once the answer is known: in a JVM that has the optimising compiler, or past the limit.
     */
    public void add(Path data) {
        if (clientOnly && dataBytes <= CLIENT_MAX_BYTES) dataBytes += sizeOf(data, CLIENT_MAX_BYTES + 1 - dataBytes);
    }

    /** A benchmark whose kernels need the optimising compiler (robustness probes). */
    public void needVectorKernels() {
        needsVectorKernels = true;
    }

    /** Asks for the restart when this JVM runs the client compiler alone and the work needs the optimising one. */
    public void restartIfNeeded() throws Restart {
        if (clientOnly && (needsVectorKernels || dataBytes > CLIENT_MAX_BYTES)) throw new Restart();
    }

    /** Bytes in the file or folder, counted until they reach {@code enough}. */
    static long sizeOf(Path data, long enough) {
        try {
            if (Files.isRegularFile(data)) return Files.size(data);
            if (!Files.isDirectory(data)) return 0;
            try (Stream<Path> files = Files.walk(data)) {
                long sum = 0;
                for (Iterator<Path> it = files.filter(Files::isRegularFile).iterator(); it.hasNext() && sum < enough; )
                    sum += it.next().toFile().length();
                return sum;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // unreadable data is reported, with its path, when the run reads it
        }
    }
}
