package cat.teixit.sync.client;

import java.nio.file.Path;
import java.util.Objects;

/** An attachment that must reach the server before the ops that reference it are pushed. Immutable. */
public record BlobUpload(String scope, String sha256, long size, Path file) {

    public BlobUpload {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
    }
}
