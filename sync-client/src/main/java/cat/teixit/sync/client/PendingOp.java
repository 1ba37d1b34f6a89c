package cat.teixit.sync.client;

import cat.teixit.sync.protocol.ChangeKind;
import java.util.Objects;
import java.util.UUID;

/**
 * One outbox entry waiting to be pushed, as the store keeps it: {@code payloadJson} is the JSON object
 * of changed fields and new values (all fields for an insert, {@code {}} for a delete) and
 * {@code baseVersion} the server version the device had pulled when the change was made. Immutable.
 */
public record PendingOp(long opId, UUID txId, String entityType, UUID entityId, ChangeKind kind, String payloadJson,
        Long baseVersion, String hlc, String scope) {

    public PendingOp {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(scope, "scope");
    }
}
