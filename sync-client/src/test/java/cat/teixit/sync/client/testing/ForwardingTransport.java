package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.nio.file.Path;

/** A transport that passes every call to another: tests override the calls they watch. Thread-safe when its delegate is. */
public abstract class ForwardingTransport implements SyncTransport {

    protected final SyncTransport delegate;

    protected ForwardingTransport(SyncTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public Responses.Session session() {
        return delegate.session();
    }

    @Override
    public Responses.Push push(Requests.Push request) {
        return delegate.push(request);
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
