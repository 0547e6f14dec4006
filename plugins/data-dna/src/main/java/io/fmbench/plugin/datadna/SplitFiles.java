package io.fmbench.plugin.datadna;

import io.fmbench.spi.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files of a dataset path: a single file (no predefined split), or a folder with train / dev (also valid,
 * val) / test files of the given extensions (the Genomic Benchmarks, GUE and reference layouts).
 */
final class SplitFiles {

    /** Split name → accepted file stems, in dataset order. */
    private static final Map<String, List<String>> STEMS = new LinkedHashMap<>();

    static {
        STEMS.put("train", List.of("train"));
        STEMS.put("dev", List.of("dev", "valid", "val", "validation"));
        STEMS.put("test", List.of("test"));
    }

    private SplitFiles() {}

    /**
     * @return split name → file in train, dev, test order; a single file maps from "" (no predefined split)
     */
    static Map<String, Path> find(Path path, List<String> extensions, String format) throws DataException {
        Map<String, Path> out = new LinkedHashMap<>();
        if (Files.isRegularFile(path)) {
            out.put("", path);
            return out;
        }
        if (!Files.isDirectory(path)) throw new DataException(path + ": does not exist; point the card's 'path' to a " + format + " file or folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DataException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        for (Map.Entry<String, List<String>> split : STEMS.entrySet()) {
            for (Path f : files) {
                String stem = stem(f, extensions);
                if (stem != null && split.getValue().contains(stem)) {
                    Path earlier = out.putIfAbsent(split.getKey(), f);
                    if (earlier != null)
                        throw new DataException(path + ": both " + earlier.getFileName() + " and " + f.getFileName()
                                + " look like the " + split.getKey() + " split; keep one or point 'path' at a single file");
                }
            }
        }
        if (out.isEmpty()) {
            List<Path> any = new ArrayList<>();
            for (Path f : files) if (stem(f, extensions) != null) any.add(f);
            if (any.size() == 1) out.put("", any.get(0));
            else throw new DataException(path + ": found no train/dev/test files ending in " + extensions
                    + (any.isEmpty() ? "" : " (and " + any.size() + " other files)") + "; name them train/dev/test or point 'path' at one file");
        }
        return out;
    }

    /** The file name without a known extension (and without .gz), lower case; null when the extension is not known. */
    static String stem(Path f, List<String> extensions) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (String ext : extensions) if (name.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        return null;
    }
}
