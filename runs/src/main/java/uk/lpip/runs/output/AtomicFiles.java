package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a file under a temporary name in the same directory and renames it into place, so a
 * reader never sees a half-written output, whatever happens to the process meanwhile.
 */
public final class AtomicFiles {
    /** Writes the content through {@code writer} and returns the SHA-256 of the bytes written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private AtomicFiles() {
    }

    public static String write(Path target, Content content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        MessageDigest sha = sha256();
        try (var out = new java.security.DigestOutputStream(Files.newOutputStream(tmp), sha);
             Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        sha.update(Files.readAllBytes(file));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
