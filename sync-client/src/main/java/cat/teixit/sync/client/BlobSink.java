package cat.teixit.sync.client;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a downloaded attachment goes once its content is verified: the workstation keeps it as it keeps the others
 * (encrypted). Reads {@code content} to its end.
 */
@FunctionalInterface
public interface BlobSink {
    void accept(InputStream content) throws IOException;
}
