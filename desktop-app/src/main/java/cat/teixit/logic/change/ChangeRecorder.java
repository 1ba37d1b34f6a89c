package cat.teixit.logic.change;

import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.common.Hlc;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.sync.Device;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.StoredJson;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.sync.protocol.ChangeKind;
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

    /** What was recorded: the change's clock value and its outbox op id. */
    public record Recorded(Hlc hlc, long opId) {
    }

    private final HybridClock clock;
    private final Clock wall;
    private final ObjectMapper json;
    private final DesktopSyncStore sync;
    private final ChangeAudit audit;

    public ChangeRecorder(HybridClock clock, Clock wall) {
        this(clock, wall, null, null);
    }

    /** @param sync where added attachments are registered for upload (null: nowhere, e.g. in tests); not audited */
    public ChangeRecorder(HybridClock clock, Clock wall, DesktopSyncStore sync) {
        this(clock, wall, sync, null);
    }

    /**
     * @param sync where added attachments are registered for upload (null: nowhere, e.g. in tests)
     * @param audit where each change is recorded, in its transaction, for the user logged in (null: nowhere)
     */
    public ChangeRecorder(HybridClock clock, Clock wall, DesktopSyncStore sync, ChangeAudit audit) {
        this.clock = clock;
        this.wall = wall;
        this.sync = sync;
        this.audit = audit;
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
        Map<String, Object> replaced = new java.util.LinkedHashMap<>();
        entity.syncFields().forEach((k, v) -> {
            if (!java.util.Objects.equals(before.get(k), v)) {
                changed.put(k, v);
                replaced.put(k, before.get(k));
            }
        });
        if (changed.isEmpty()) {
            return false;
        }
        Hlc hlc = clock.tick();
        entity.setUpdatedAt(hlc);
        append(tx, txId, entity.entityType(), entity.getId(), entity.getScope(), entity.getServerVersion(),
                ChangeKind.PATCH, changed, replaced, hlc);
        audited(tx, entity.entityType(), entity.getId(), entity, changed, ChangeKind.PATCH);
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
        append(tx, txId, entityType, entity.getId(), entity.getScope(), entity.getServerVersion(), kind, fields, null,
                hlc);
        audited(tx, entityType, entity.getId(), entity, fields, kind);
        return hlc;
    }

    /**
     * Records a change to a synced row that is not loaded as an entity (a conflict resolved on the row
     * itself): the caller writes the row, stamped with the returned clock value, in the same {@code tx}.
     *
     * @param before the values {@code fields} replace (the base a later conflict shows), or null
     */
    public Recorded recordRow(StoreTx tx, UUID txId, String entityType, UUID id, String scope, Long baseVersion,
            ChangeKind kind, Map<String, ?> fields, Map<String, ?> before) {
        Hlc hlc = clock.tick();
        OutboxEntry e = append(tx, txId, entityType, id, scope, baseVersion, kind, fields, before, hlc);
        audited(tx, entityType, id, null, before == null ? fields : before, kind);
        return new Recorded(hlc, e.getOpId());
    }

    private OutboxEntry append(StoreTx tx, UUID txId, String entityType, UUID id, String scope, Long baseVersion,
            ChangeKind kind, Map<String, ?> fields, Map<String, ?> before, Hlc hlc) {
        OutboxEntry entry = new OutboxEntry(clock.deviceId(), txId, entityType, id, kind, json(fields), baseVersion,
                hlc.toString(), scope, wall.instant());
        if (before != null) {
            entry.setBeforeFields(json(before));
        }
        tx.outbox().append(entry);
        Device device = tx.device().find().orElseThrow(() -> new IllegalStateException("device row missing"));
        device.setHlc(clock.lastWall(), clock.lastCounter());
        if (sync != null && kind == ChangeKind.INSERT && ATTACHMENT.equals(entityType)
                && fields.get("sha256") instanceof String sha && fields.get("size_bytes") instanceof Number size) {
            // Its content must reach the server before the change that references it.
            sync.registerBlobUpload(tx, scope, sha, size.longValue());
        }
        return entry;
    }

    private static final String ATTACHMENT = "attachment";
    private static final String CASE_FILE = "case_file";
    private static final String CASE_FILE_ID = "case_file_id";

    /**
     * Audits, at the end of {@code tx}, that the professional {@code userId} did {@code action} (a view, print,
     * export or signature: changes are audited by the recording itself). Nothing without an audit trail (tests).
     */
    public void audit(StoreTx tx, UUID userId, String userName, AuditAction action, String entityType, UUID entityId,
            UUID caseFileId, String detail) {
        if (audit != null) {
            audit.record(tx, userId, userName, action, entityType, entityId, caseFileId, detail);
        }
    }

    /** Records the change in the audit trail: the record, and the case file it belongs to when it names one. */
    private void audited(StoreTx tx, String entityType, UUID id, SyncedEntity entity, Map<String, ?> fields,
            ChangeKind kind) {
        if (audit == null) {
            return;
        }
        Object cf = CASE_FILE.equals(entityType) ? id : fields == null ? null : fields.get(CASE_FILE_ID);
        if (cf == null && entity != null) {
            cf = entity.syncFields().get(CASE_FILE_ID);
        }
        UUID caseFileId = cf instanceof UUID u ? u : cf instanceof String s && !s.isBlank() ? parse(s) : null;
        audit.changed(tx, entityType, id, caseFileId, kind.name());
    }

    private static UUID parse(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String json(Map<String, ?> fields) {
        return StoredJson.write(json, fields, "change fields");
    }
}
