package cat.teixit.sync.client;

import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.nio.file.Path;

/**
 * The calls of the sync protocol, each answered with a parsed and validated body or an exception
 * ({@link SyncProtocolException}, {@link SyncNetworkException}, {@link SyncAuthException},
 * {@link SyncUpgradeRequiredException}, {@link SyncServerException}). Implementations are thread-safe.
 */
public interface SyncTransport {

    Responses.Session session();

    Responses.Push push(Requests.Push request);

    Responses.Pull pull(String scope, String cursor, int limit);

    BlobStatus blobStatus(String scope, String sha256);

    void putChunk(String scope, String sha256, long totalSize, int index, byte[] data, int length);

    void commitBlob(String scope, String sha256, long size);

    /** Downloads a blob into {@code target} (created or replaced); fails beyond {@code maxBytes}. */
    long downloadBlob(String scope, String sha256, Path target, long maxBytes);

    /** Aborts the calls in flight (from another thread); they fail with {@link SyncCancelledException}. */
    void cancelAll();

    /** Ends the effect of {@link #cancelAll()}: the engine calls it when a new sync starts. */
    default void resetCancellation() {
    }
}
