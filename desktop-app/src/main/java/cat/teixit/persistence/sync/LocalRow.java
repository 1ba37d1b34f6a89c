package cat.teixit.persistence.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * One synced row as the store holds it: its sync metadata and its data columns as JSON values (text,
 * whole numbers as longs, null). Immutable.
 */
public record LocalRow(String entityType, UUID id, String scope, Long serverVersion, String updatedAt, Long deletedAt,
        long rowVersion, Map<String, JsonNode> fields) {

    public LocalRow {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The value of {@code field}, JSON null when absent. */
    public JsonNode field(String field) {
        JsonNode v = fields.get(field);
        return v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v;
    }
}
