package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.nio.file.Path;

/**
 * A transport that tells a {@link SyncModel} every push it carried and the answer it got back, and passes
 * everything else through. Thread-safe when its delegate is.
 */
public final class RecordingTransport implements SyncTransport {

    private final SyncTransport delegate;
    private final SyncModel model;

    public RecordingTransport(SyncTransport delegate, SyncModel model) {
        this.delegate = delegate;
        this.model = model;
    }

    @Override
    public Responses.Session session() {
        return delegate.session();
    }

    @Override
    public Responses.Push push(Requests.Push request) {
        Responses.Push answer = delegate.push(request);
        if (answer.results().size() == request.ops().size()) {
            // A malformed answer is the engine's to refuse; the model only learns from well-formed ones.
            model.pushed(request.deviceId(), request.ops(), answer.results());
        }
        return answer;
    }

    @Override
    public Responses.Pull pull(String scope, String cursor, int limit) {
        return delegate.pull(scope, cursor, limit);
    }

    @Override
    public BlobStatus blobStatus(String scope, String sha256) {
        return delegate.blobStatus(scope, sha256);
    }

    @Override
    public void putChunk(String scope, String sha256, long totalSize, int index, byte[] data, int length) {
        delegate.putChunk(scope, sha256, totalSize, index, data, length);
    }

    @Override
    public void commitBlob(String scope, String sha256, long size) {
        delegate.commitBlob(scope, sha256, size);
    }

    @Override
    public long downloadBlob(String scope, String sha256, Path target, long maxBytes) {
        return delegate.downloadBlob(scope, sha256, target, maxBytes);
    }

    @Override
    public void cancelAll() {
        delegate.cancelAll();
    }

    @Override
    public void resetCancellation() {
        delegate.resetCancellation();
    }
}
