package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import java.util.List;

/**
 * A transport that tells a listener (a {@link SyncModel}, or a log another process replays into one) every
 * push it carried and the answer it got back, and passes everything else through. Thread-safe when its
 * delegate and listener are.
 */
public final class RecordingTransport extends ForwardingTransport {

    /** Told of each push answered. */
    @FunctionalInterface
    public interface Listener {
        void pushed(String device, List<PushOp> sent, List<OpResult> results);
    }

    private final Listener listener;

    public RecordingTransport(SyncTransport delegate, Listener listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public Responses.Push push(Requests.Push request) {
        Responses.Push answer = delegate.push(request);
        if (answer.results().size() == request.ops().size()) {
            // A malformed answer is the engine's to refuse; the model only learns from well-formed ones.
            listener.pushed(request.deviceId(), request.ops(), answer.results());
        }
        return answer;
    }
}
