package cat.teixit.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An attachment that must reach the server before the ops that reference it are pushed: its content is read
 * through {@link Source}, so the workstation may keep it encrypted on its disk. Immutable.
 */
public record BlobUpload(String scope, String sha256, long size, Source content) {

    /** Opens the attachment's content in clear; a missing file throws {@link java.nio.file.NoSuchFileException}. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public BlobUpload {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    /** An attachment whose content is the plain file {@code file}. */
    public BlobUpload(String scope, String sha256, long size, Path file) {
        this(scope, sha256, size, () -> Files.newInputStream(Objects.requireNonNull(file, "file")));
    }
}
