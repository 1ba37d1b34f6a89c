package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.BlobUpload;
import cat.teixit.sync.client.PurgeReport;
import cat.teixit.sync.client.PushOutcome;
import cat.teixit.sync.client.SyncStore;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Wraps a store and remembers every acknowledgement it was given, to check that each op is answered
 * and applied exactly once. Thread-safe.
 */
public final class RecordingStore implements SyncStore {

    private final SyncStore delegate;
    private final Map<Long, List<OpStatus>> acks = new TreeMap<>();

    public RecordingStore(SyncStore delegate) {
        this.delegate = delegate;
    }

    /** Op id to the effective status of every answer recorded for it. */
    public synchronized Map<Long, List<OpStatus>> acknowledgements() {
        Map<Long, List<OpStatus>> copy = new TreeMap<>();
        acks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    @Override
    public String deviceId() {
        return delegate.deviceId();
    }

    @Override
    public List<PushOp> pendingOps(long afterOpId, int maxOps) {
        return delegate.pendingOps(afterOpId, maxOps);
    }

    @Override
    public void recordPushResults(List<PushOutcome> outcomes) {
        delegate.recordPushResults(outcomes);
        synchronized (this) {
            for (PushOutcome o : outcomes) {
                acks.computeIfAbsent(o.op().opId(), k -> new ArrayList<>()).add(o.result().effectiveStatus());
            }
        }
    }

    @Override
    public Set<String> knownScopes() {
        return delegate.knownScopes();
    }

    @Override
    public String cursor(String scope) {
        return delegate.cursor(scope);
    }

    @Override
    public void applyPulled(String scope, List<RecordState> records, String cursor) {
        delegate.applyPulled(scope, records, cursor);
    }

    @Override
    public PurgeReport purgeScope(String scope) {
        return delegate.purgeScope(scope);
    }

    @Override
    public List<BlobUpload> pendingBlobUploads() {
        return delegate.pendingBlobUploads();
    }

    @Override
    public void blobUploaded(BlobUpload blob) {
        delegate.blobUploaded(blob);
    }

    @Override
    public void blobUploadFailed(BlobUpload blob, String reason) {
        delegate.blobUploadFailed(blob, reason);
    }
}
