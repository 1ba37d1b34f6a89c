package cat.teixit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Attachment contents in the data directory, addressed by their SHA-256 ({@code attachments/ab/abcd…}):
 * the same file added twice is stored once, and a stored file is never changed. Writes go to a
 * temporary file first, so a crash never leaves half a file under a valid name. Thread-safe.
 */
public final class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** What was stored. */
    public record Stored(String sha256, long size) {
    }

    private final Path root;

    public BlobStore(Path dataDir) {
        this.root = dataDir.resolve("attachments");
    }

    /** Copies {@code source} in, hashing it on the way; refuses (without storing) more than {@code maxBytes}. */
    public Stored put(Path source, long maxBytes) throws IOException, TooLargeException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "incoming-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                    OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(buf, 0, n);
                }
                out.flush();
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target);
                }
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The stored file of {@code sha256}, if present and intact in name. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path p = path(sha256);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** Deletes the stored file of {@code sha256} (an erased attachment's); true when there was one. */
    public boolean delete(String sha256) {
        Optional<Path> p = find(sha256);
        if (p.isEmpty()) {
            return false;
        }
        try {
            return Files.deleteIfExists(p.get());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Where the content of {@code sha256} is (or goes, when it arrives from the central system); its
     * folder is created.
     */
    public Path location(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        Path p = path(sha256);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file is larger than allowed. */
    public static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("file larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
