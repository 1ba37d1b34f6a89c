package cat.teixit.bench;

import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.nio.file.Path;
import java.util.List;

/** A transport that times every pull page it fetches (request, answer and decoding); the rest goes straight through. Thread-safe if the list is. */
final class TimedTransport implements SyncTransport {

    private final SyncTransport delegate;
    private final List<Long> pullNanos;

    TimedTransport(SyncTransport delegate, List<Long> pullNanos) {
        this.delegate = delegate;
        this.pullNanos = pullNanos;
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
        long start = System.nanoTime();
        Responses.Pull page = delegate.pull(scope, cursor, limit);
        pullNanos.add(System.nanoTime() - start);
        return page;
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
}
