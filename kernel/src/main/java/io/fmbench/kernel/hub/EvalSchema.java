package io.fmbench.kernel.hub;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The eval.yaml JSON Schema shipped in the kernel jar ({@code /schema/eval.schema.json}). */
public final class EvalSchema {

    public static final String RESOURCE = "/schema/eval.schema.json";

    private static final JsonSchema SCHEMA = load();

    private EvalSchema() {}

    public static JsonSchema get() {
        return SCHEMA;
    }

    private static JsonSchema load() {
        try (InputStream in = EvalSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the kernel jar");
            return new JsonSchema(new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is unreadable", e);
        }
    }
}
