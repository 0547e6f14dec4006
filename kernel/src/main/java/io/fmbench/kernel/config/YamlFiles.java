package io.fmbench.kernel.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads YAML files into ordered maps, turning every failure into one line naming the file (and line). */
public final class YamlFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a YAML mapping; an empty file reads as an empty map. */
    public static Map<String, Object> readMap(Path file) throws FmbenchException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FmbenchException(file + ": file does not exist; check the path");
        } catch (IOException e) {
            throw new FmbenchException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (text.isBlank()) return new LinkedHashMap<>();
        try {
            Object v = MAPPER.readValue(text, Object.class);
            if (v == null) return new LinkedHashMap<>();
            if (!(v instanceof Map<?, ?>))
                throw new FmbenchException(file + ": expected a YAML mapping (key: value lines) at the top level");
            return MAPPER.convertValue(v, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new FmbenchException(file + where + ": malformed YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
