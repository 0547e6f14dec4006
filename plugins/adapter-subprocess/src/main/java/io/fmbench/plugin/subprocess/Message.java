package io.fmbench.plugin.subprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One protocol message (PROTOCOL.md): a JSON object on one line, then the raw bytes of each array its
 * {@code arrays} field describes, in that order.
 */
record Message(ObjectNode header, List<WireArray> arrays) {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Longest header line accepted; guards against a model that prints megabytes of text on stdout. */
    private static final int MAX_LINE = 64 << 20;

    Message {
        arrays = List.copyOf(arrays);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    WireArray array(String name) {
        return arrays.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    void write(OutputStream out) throws IOException {
        ObjectNode h = header.deepCopy();
        if (!arrays.isEmpty()) {
            ArrayNode specs = h.putArray("arrays");
            for (WireArray a : arrays) {
                ObjectNode s = specs.addObject().put("name", a.name()).put("dtype", a.dtype());
                ArrayNode shape = s.putArray("shape");
                for (int d : a.shape()) shape.add(d);
            }
        }
        out.write(JSON.writeValueAsBytes(h));
        out.write('\n');
        for (WireArray a : arrays) out.write(a.bytes());
        out.flush();
    }

    /** Reads one message; EOFException when the stream ends first, ProtocolException when it is not a message. */
    static Message read(InputStream in) throws IOException {
        String line = readLine(in);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            node = null;
        }
        if (!(node instanceof ObjectNode header))
            throw new ProtocolException("the model process wrote '" + abbreviate(line) + "' on stdout, which is not a protocol message"
                    + " (stdout is reserved for the protocol: print to stderr)");
        List<WireArray> arrays = new ArrayList<>();
        for (JsonNode spec : header.path("arrays")) {
            String name = spec.path("name").asText();
            String dtype = spec.path("dtype").asText();
            int[] shape = new int[spec.path("shape").size()];
            for (int i = 0; i < shape.length; i++) shape[i] = spec.path("shape").get(i).asInt();
            int size;
            try {
                size = Math.multiplyExact(WireArray.elementCount(shape), WireArray.itemSize(dtype));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new ProtocolException("array '" + name + "': " + e.getMessage());
            }
            byte[] bytes = in.readNBytes(size);
            if (bytes.length < size) throw new EOFException("stream ended inside array '" + name + "'");
            arrays.add(new WireArray(name, dtype, shape, bytes));
        }
        header.remove("arrays");
        return new Message(header, arrays);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (true) {
            int b = in.read();
            if (b < 0) throw new EOFException("stream ended");
            if (b == '\n') return line.toString(StandardCharsets.UTF_8);
            if (line.size() >= MAX_LINE) throw new ProtocolException("the model process wrote a line longer than 64 MiB on stdout");
            line.write(b);
        }
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }

    /** The other side broke the protocol. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
