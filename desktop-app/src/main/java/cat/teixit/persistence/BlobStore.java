package cat.teixit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Attachment contents in the data directory, encrypted ({@link SealedStreams}: AES-256-GCM in chunks, under a key
 * derived from the store key) and addressed by their SHA-256: the same file added twice is stored once, and a
 * stored file is never changed. A file's name is an HMAC of its content's SHA-256 ({@code attachments/ab/abcd….enc}),
 * so a known document cannot be confirmed by its name. Content is read and written as streams, so no file needs to
 * fit in memory; it exists in clear only in the copies made for viewing ({@code tmp/open}) and while a download is
 * verified ({@code tmp/download}). Writes go to a temporary file first, so a crash never leaves half a file under a
 * valid name. Thread-safe.
 */
public final class BlobStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BlobStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String SUFFIX = ".enc";

    /** What was stored. */
    public record Stored(String sha256, long size) {
    }

    /** What {@link #encryptInPlace} did: files encrypted, and those whose content no longer matched their name. */
    public record Encrypted(int files, int mismatched, long bytes) {
    }

    private final Path root;
    private final Path downloads;
    private final byte[] contentKey;
    private final byte[] nameKey;

    public BlobStore(Path dataDir, StoreKey key) {
        this.root = dataDir.resolve("attachments");
        this.downloads = dataDir.resolve("tmp").resolve("download");
        this.contentKey = key.derive("attachments");
        this.nameKey = key.derive("attachment-names");
    }

    /** Copies the file {@code source} in, encrypting and hashing it on the way; refuses more than {@code maxBytes}. */
    public Stored put(Path source, long maxBytes) throws IOException, TooLargeException {
        try (InputStream in = Files.newInputStream(source)) {
            return put(in, maxBytes);
        }
    }

    /** Stores what {@code in} holds (read to its end); refuses (without storing) more than {@code maxBytes}. */
    public Stored put(InputStream in, long maxBytes) throws IOException, TooLargeException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "incoming-", ".tmp");
        try {
            SealedStreams.Sealing out;
            try (OutputStream file = Files.newOutputStream(tmp)) {
                out = SealedStreams.seal(file, contentKey);
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (out.size() + n > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(buf, 0, n);
                }
                out.close();
            }
            String hash = HexFormat.of().formatHex(out.sha256());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target);
                }
            }
            return new Stored(hash, out.size());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Stores a downloaded attachment's content, which must hash to {@code sha256} (the sync client checked it
     * already: this is checked again as it is encrypted).
     */
    public void save(String sha256, InputStream in) throws IOException {
        requireHash(sha256);
        Stored s;
        try {
            s = put(in, Long.MAX_VALUE);
        } catch (TooLargeException e) {
            throw new IllegalStateException(e);
        }
        if (!s.sha256().equals(sha256)) {
            throw new IOException("downloaded attachment does not match its hash");
        }
    }

    /** Whether the content of {@code sha256} is here. */
    public boolean has(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches() && Files.isRegularFile(path(sha256));
    }

    /**
     * The content of {@code sha256}, in clear, authenticated chunk by chunk as it is read: a file that was changed,
     * cut or swapped fails with {@link SealedStreams.DamagedException}; an absent one with {@link NoSuchFileException}.
     */
    public InputStream open(String sha256) throws IOException {
        requireHash(sha256);
        return SealedStreams.open(Files.newInputStream(path(sha256)), contentKey, HexFormat.of().parseHex(sha256));
    }

    /** Writes the content of {@code sha256} in clear to {@code target} (a viewing copy); nothing is left on failure. */
    public void copyTo(String sha256, Path target) throws IOException {
        try (InputStream in = open(sha256)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** Deletes the stored file of {@code sha256} (an erased attachment's); true when there was one. */
    public boolean delete(String sha256) {
        if (!has(sha256)) {
            return false;
        }
        try {
            return Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The work file a download of {@code sha256} is written to (in clear, until verified and stored; removed then,
     * and at the next start by {@link #encryptInPlace}); its folder is created.
     */
    public Path downloadWork(String sha256) {
        requireHash(sha256);
        try {
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return downloads.resolve(sha256 + ".download");
    }

    /**
     * Encrypts the attachments an earlier Teixit stored in clear ({@code attachments/ab/abcd…}, named by their
     * SHA-256): each is encrypted, read back and checked against its hash, and only then is the clear file deleted.
     * Also removes what a stopped write or download left ({@code incoming-*.tmp}, {@code tmp/download}). A crash at
     * any point is finished at the next start. Run once at start, before anything else uses the store.
     */
    public Encrypted encryptInPlace() throws IOException {
        cleanDirectory(downloads);
        if (!Files.isDirectory(root)) {
            return new Encrypted(0, 0, 0);
        }
        List<Path> plain = new ArrayList<>();
        try (var walk = Files.walk(root, 2)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = p.getFileName().toString();
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                if (SHA256.matcher(name).matches() && p.getParent().getFileName().toString().equals(name.substring(0, 2))) {
                    plain.add(p);
                } else if (name.startsWith("incoming-") || name.endsWith(".download") || name.endsWith(".part")) {
                    // a stopped write (or, from an earlier Teixit, a download in clear)
                    Files.deleteIfExists(p);
                }
            }
        }
        int mismatched = 0;
        long bytes = 0;
        for (Path p : plain) {
            String name = p.getFileName().toString();
            Stored s;
            try {
                s = put(p, Long.MAX_VALUE);
            } catch (TooLargeException e) {
                throw new IllegalStateException(e);
            }
            if (!s.sha256().equals(readBackHash(s.sha256()))) {
                throw new IOException("an attachment encrypted in place does not read back");
            }
            if (!s.sha256().equals(name)) {
                // Damaged before: kept under the hash of what it holds; the attachment that named it is fetched
                // again from the central system when opened.
                mismatched++;
            }
            bytes += s.size();
            Files.delete(p);
        }
        if (!plain.isEmpty()) {
            LOG.info("{} attachments encrypted in place ({} bytes, {} did not match their name)", plain.size(), bytes,
                    mismatched);
        }
        return new Encrypted(plain.size(), mismatched, bytes);
    }

    private String readBackHash(String sha256) throws IOException {
        MessageDigest md = SealedStreams.newDigest();
        try (InputStream in = open(sha256)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void cleanDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void requireHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256");
        }
    }

    /** The file of {@code hash}: named by an HMAC of it, so the name says nothing of the content. */
    private Path path(String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nameKey, "HmacSHA256"));
            String name = HexFormat.of().formatHex(mac.doFinal(hash.getBytes(StandardCharsets.US_ASCII)));
            return root.resolve(name.substring(0, 2)).resolve(name + SUFFIX);
        } catch (GeneralSecurityException e) {
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
