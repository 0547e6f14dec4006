package io.fmbench.kernel.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Order-independent text and short fingerprints of nested record values (data hashes, protocols). */
final class Hashing {

    private Hashing() {}

    /** Maps with sorted keys, so equal content gives equal text whatever the key order in the file. */
    static String canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            return sorted.entrySet().stream().map(e -> e.getKey() + "=" + canonical(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) return l.stream().map(Hashing::canonical).collect(Collectors.joining(", ", "[", "]"));
        return String.valueOf(v);
    }

    /** Records of one dataset share its hashes: each distinct text is digested once (bounded, for long-lived callers). */
    private static final Map<String, String> SHORT_HASHES = new ConcurrentHashMap<>();

    /** First 12 hex digits of the SHA-256 of the canonical text. */
    static String shortHash(Object v) {
        String text = canonical(v);
        String known = SHORT_HASHES.get(text);
        if (known != null) return known;
        String h = sha256Prefix(text);
        if (SHORT_HASHES.size() < 10_000) SHORT_HASHES.put(text, h);
        return h;
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
