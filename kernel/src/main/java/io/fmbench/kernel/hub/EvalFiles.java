package io.fmbench.kernel.hub;

import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists eval record files: the *.yaml / *.yml files of a folder (not hidden), in name order. */
public final class EvalFiles {

    private EvalFiles() {}

    public static List<Path> in(Path dir) throws FmbenchException {
        if (!Files.isDirectory(dir)) throw new FmbenchException(dir + ": not a folder; pass the folder that holds the eval records");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(EvalFiles::isRecordFile).sorted().toList();
        } catch (IOException e) {
            throw new FmbenchException(dir + ": cannot list folder (" + e.getMessage() + ")");
        }
    }

    /** Files as given; folders replaced by their record files. */
    public static List<Path> expand(List<Path> paths) throws FmbenchException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) out.addAll(in(p));
            else out.add(p);
        }
        return out;
    }

    static boolean isRecordFile(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".") && Files.isRegularFile(p);
    }
}
