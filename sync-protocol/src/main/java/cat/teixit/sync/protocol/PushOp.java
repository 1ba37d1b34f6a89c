package cat.teixit.sync.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.UUID;

/**
 * One operation of a push: a change a device made to one record. {@code fields} holds the changed
 * fields and their new values (all of them for an insert, none for a delete); {@code baseVersion} is
 * the server version the device last pulled for the record (null for an insert). Immutable.
 */
public record PushOp(long opId, UUID txId, String entityType, UUID entityId, ChangeKind kind, ObjectNode fields,
        Long baseVersion, String hlc, String scope) {

    public PushOp {
        if (opId <= 0) {
            throw new IllegalArgumentException("opId must be positive");
        }
        Objects.requireNonNull(txId, "txId");
        Validation.require(Validation.ENTITY_TYPE, entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fields, "fields");
        if (baseVersion != null && baseVersion < 0) {
            throw new IllegalArgumentException("baseVersion must not be negative");
        }
        Validation.require(Validation.HLC, hlc, "hlc");
        Validation.require(Validation.SCOPE, scope, "scope");
    }
}
