package io.fmbench.kernel.output;

import io.fmbench.kernel.FmbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, for provenance. */
public final class Hashes {

    private Hashes() {}

    public static String sha256(Path file) throws FmbenchException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = digest();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new FmbenchException(file + ": cannot read for hashing (" + e.getMessage() + ")");
        }
    }

    /** SHA-256 of bytes in memory, in hex. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
