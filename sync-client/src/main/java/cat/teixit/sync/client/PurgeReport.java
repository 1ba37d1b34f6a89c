package cat.teixit.sync.client;

import cat.teixit.sync.protocol.PushOp;
import java.util.List;

/**
 * What purging a revoked scope did: how many records were removed and which pending ops touched the
 * scope. Those ops stay in the outbox: the next push sends them, the server rejects them, and they are
 * shown to the user as rejections (never dropped silently, and the op ids stay gap-free). Immutable.
 */
public record PurgeReport(String scope, int recordsPurged, List<PushOp> pendingOps) {

    public PurgeReport {
        pendingOps = List.copyOf(pendingOps);
    }
}
