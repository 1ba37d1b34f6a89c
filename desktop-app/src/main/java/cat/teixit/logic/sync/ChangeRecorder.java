package cat.teixit.logic.sync;

import cat.teixit.model.common.Hlc;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.sync.ChangeKind;
import cat.teixit.model.sync.Device;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.persistence.StoreTx;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Stamps a change to a synced entity with this device's clock and writes its outbox entry, in the
 * caller's transaction, so that a change and its outbox entry are saved together or not at all.
 * Thread-safe.
 */
public final class ChangeRecorder {

    private final HybridClock clock;
    private final Clock wall;
    private final ObjectMapper json;

    public ChangeRecorder(HybridClock clock, Clock wall) {
        this.clock = clock;
        this.wall = wall;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Starts a user transaction: its ops share an id and are pushed together. */
    public UUID newTransactionId() {
        return Ids.newId();
    }

    /** Records a new entity (all its fields). Call before saving it. */
    public Hlc recordInsert(StoreTx tx, UUID txId, SyncedEntity entity) {
        return record(tx, txId, entity.entityType(), entity, ChangeKind.INSERT, entity.syncFields());
    }

    /**
     * Records the fields of {@code entity} that differ from {@code before} (its {@link
     * SyncedEntity#syncFields()} taken before the change). Nothing is recorded when nothing changed.
     *
     * @return whether anything changed
     */
    public boolean recordPatch(StoreTx tx, UUID txId, SyncedEntity entity, Map<String, Object> before) {
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        entity.syncFields().forEach((k, v) -> {
            if (!java.util.Objects.equals(before.get(k), v)) {
                changed.put(k, v);
            }
        });
        if (changed.isEmpty()) {
            return false;
        }
        record(tx, txId, entity.entityType(), entity, ChangeKind.PATCH, changed);
        return true;
    }

    /** Tombstones {@code entity} and records the deletion. */
    public void recordDelete(StoreTx tx, UUID txId, SyncedEntity entity) {
        entity.markDeleted(wall.instant());
        record(tx, txId, entity.entityType(), entity, ChangeKind.DELETE,
                Map.of("deleted_at", entity.getDeletedAt().toEpochMilli()));
    }

    /**
     * Records {@code kind} of {@code entity} with the changed {@code fields} (for an insert, all of
     * them) and stamps the entity's HLC. Call it before saving a new entity (the stamp is a required
     * column) and within the same {@code tx} as the change.
     */
    public Hlc record(StoreTx tx, UUID txId, String entityType, SyncedEntity entity, ChangeKind kind,
            Map<String, ?> fields) {
        Hlc hlc = clock.tick();
        entity.setUpdatedAt(hlc);
        String payload;
        try {
            payload = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("change fields are not serialisable", e);
        }
        tx.outbox().append(new OutboxEntry(clock.deviceId(), txId, entityType, entity.getId(), kind, payload,
                entity.getServerVersion(), hlc.toString(), entity.getScope(), wall.instant()));
        Device device = tx.device().find().orElseThrow(() -> new IllegalStateException("device row missing"));
        device.setHlc(clock.lastWall(), clock.lastCounter());
        return hlc;
    }
}
