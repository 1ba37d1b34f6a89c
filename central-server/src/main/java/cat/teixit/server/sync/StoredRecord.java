package cat.teixit.server.sync;

import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the record store while a push works on it (locked FOR UPDATE). {@code meta} holds, for each
 * field (and {@value #DELETED_KEY} for the tombstone), the record version, device, user name, time (epoch ms)
 * and HLC of its last change ({@link FieldMeta}). Not thread-safe: confined to one push.
 */
final class StoredRecord {

    static final String DELETED_KEY = "~deleted";

    final UUID id;
    final String entityType;
    final String scope;
    long version;
    ObjectNode fields;
    /** {@code fields} as JSON text when it is known without writing them again (an insert's op), else null. */
    String fieldsText;
    FieldMeta meta;
    Instant deletedAt;
    String hlc;
    long createdBy;
    long updatedBy;
    String updatedByName;
    Instant updatedAt;
    boolean isNew;
    boolean dirty;

    StoredRecord(UUID id, String entityType, String scope) {
        this.id = id;
        this.entityType = entityType;
        this.scope = scope;
    }

    RecordState state() {
        return new RecordState(entityType, id, scope, version, fields.deepCopy(),
                deletedAt == null ? null : deletedAt.toEpochMilli(), hlc, updatedByName, updatedAt.toEpochMilli());
    }
}
