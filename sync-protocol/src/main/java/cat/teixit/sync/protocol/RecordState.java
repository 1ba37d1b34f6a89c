package cat.teixit.sync.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.UUID;

/**
 * The server's current state of one record, as pulled or as returned with a conflict. A tombstone
 * has {@code deletedAt} set (epoch milliseconds) and keeps its last fields. Immutable.
 */
public record RecordState(String entityType, UUID id, String scope, long version, ObjectNode fields, Long deletedAt,
        String hlc, String updatedBy, long updatedAt) {

    public RecordState {
        Validation.require(Validation.ENTITY_TYPE, entityType, "entityType");
        Objects.requireNonNull(id, "id");
        Validation.require(Validation.SCOPE, scope, "scope");
        if (version <= 0) {
            throw new IllegalArgumentException("version must be positive");
        }
        Objects.requireNonNull(fields, "fields");
        fields.fieldNames().forEachRemaining(f -> Validation.require(Validation.FIELD_NAME, f, "field name"));
        Validation.require(Validation.HLC, hlc, "hlc");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
