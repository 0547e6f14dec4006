package io.fmbench.kernel.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** Writes eval records as YAML in insertion order (the reference's key order), atomically. */
public final class EvalYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private EvalYaml() {}

    public static String toYaml(Map<String, Object> record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eval records hold only maps, lists, strings and numbers", e);
        }
    }

    public static void write(Path file, Map<String, Object> record) throws FmbenchException {
        AtomicFiles.writeString(file, toYaml(record));
    }

    /** Files a copy under {@code dir/<eval_id>.yaml}, refusing to overwrite an existing record. */
    public static Path file(Path dir, String evalId, Map<String, Object> record) throws FmbenchException {
        Path target = dir.resolve(evalId + ".yaml");
        try {
            Files.createDirectories(dir);
            Files.writeString(target, "", StandardOpenOption.CREATE_NEW); // claim the name
        } catch (FileAlreadyExistsException e) {
            throw new FmbenchException(target + ": an eval record with this id already exists; it was kept as it is");
        } catch (IOException e) {
            throw new FmbenchException(dir + ": cannot file the eval record (" + e.getMessage() + ")");
        }
        AtomicFiles.writeString(target, toYaml(record));
        return target;
    }
}
