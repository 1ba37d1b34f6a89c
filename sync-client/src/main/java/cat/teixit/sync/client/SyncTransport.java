package cat.teixit.sync.client;

import cat.teixit.sync.protocol.AuditWire;
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

    /**
     * A pull answer whose body is read when asked for, with the cursor its headers announce (decision 0059). By
     * default read at once, with nothing announced: the engine then asks for one page after the other.
     */
    default PulledPage pullPage(String scope, String cursor, int limit) {
        return PulledPage.read(pull(scope, cursor, limit));
    }

    BlobStatus blobStatus(String scope, String sha256);

    void putChunk(String scope, String sha256, long totalSize, int index, byte[] data, int length);

    void commitBlob(String scope, String sha256, long size);

    /** Downloads a blob into {@code target} (created or replaced); fails beyond {@code maxBytes}. */
    long downloadBlob(String scope, String sha256, Path target, long maxBytes);

    /**
     * Uploads the next entries of this device's audit trail (docs/sync-protocol.md §10); the answer says how far the
     * server holds the chain. Transports that do not carry the audit refuse.
     */
    default AuditWire.Received uploadAudit(AuditWire.Upload upload) {
        throw new UnsupportedOperationException("this transport does not carry the audit trail");
    }

    /** How far the server holds this device's audit trail. */
    default AuditWire.Received auditState() {
        throw new UnsupportedOperationException("this transport does not carry the audit trail");
    }

    /** Aborts the calls in flight (from another thread); they fail with {@link SyncCancelledException}. */
    void cancelAll();

    /** Ends the effect of {@link #cancelAll()}: the engine calls it when a new sync starts. */
    default void resetCancellation() {
    }
}
