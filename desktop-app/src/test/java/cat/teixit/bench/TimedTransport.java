package cat.teixit.bench;

import cat.teixit.sync.client.SyncTransport;
import cat.teixit.sync.client.testing.ForwardingTransport;
import cat.teixit.sync.protocol.Responses;
import java.util.List;

/** A transport that times every pull page it fetches (request, answer and decoding); the rest goes straight through. Thread-safe if the list is. */
final class TimedTransport extends ForwardingTransport {

    private final List<Long> pullNanos;

    TimedTransport(SyncTransport delegate, List<Long> pullNanos) {
        super(delegate);
        this.pullNanos = pullNanos;
    }

    @Override
    public Responses.Pull pull(String scope, String cursor, int limit) {
        long start = System.nanoTime();
        Responses.Pull page = delegate.pull(scope, cursor, limit);
        pullNanos.add(System.nanoTime() - start);
        return page;
    }
}
