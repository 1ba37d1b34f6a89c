package cat.teixit.persistence.sync;

import java.util.UUID;

/** A change the server refused for good, with its reason; dismissed once the user has seen it. Immutable. */
public record StoredRejection(long opId, String entityType, UUID entityId, String scope, String kind,
        String payloadJson, String reason, long rejectedAt, Long dismissedAt) {
}
