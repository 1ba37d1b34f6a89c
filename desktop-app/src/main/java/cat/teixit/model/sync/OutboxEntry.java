package cat.teixit.model.sync;

import cat.teixit.sync.protocol.ChangeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * One local change waiting to be pushed to the central system, written in the same transaction as
 * the change itself. The op id only grows on a device (SQLite AUTOINCREMENT never reuses a value).
 * Its columns are those of the protocol's {@code PushOp}, which the sync store reads them into, plus
 * what only this device needs (device, time, the values a patch replaced). Not thread-safe.
 */
@Entity
@Table(name = "outbox")
@Getter
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "op_id", columnDefinition = "integer")
    private Long opId;

    @Column(name = "device_id", nullable = false)
    private String deviceId;

    /** Groups the ops of one user transaction: they are pushed together. */
    @Column(name = "tx_id", nullable = false, length = 36)
    private UUID txId;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 36)
    private UUID entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ChangeKind kind;

    /** Changed fields and their new values, as a JSON object. */
    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "base_version")
    private Long baseVersion;

    @Column(name = "hlc", nullable = false)
    private String hlc;

    @Column(name = "scope", nullable = false)
    private String scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For a patch, the changed fields' values before it (JSON object): the "base" a conflict shows. */
    @Setter
    @Column(name = "before_fields")
    private String beforeFields;

    protected OutboxEntry() {
    }

    public OutboxEntry(String deviceId, UUID txId, String entityType, UUID entityId, ChangeKind kind, String payload,
            Long baseVersion, String hlc, String scope, Instant createdAt) {
        this.deviceId = deviceId;
        this.txId = txId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.kind = kind;
        this.payload = payload;
        this.baseVersion = baseVersion;
        this.hlc = hlc;
        this.scope = scope;
        this.createdAt = createdAt;
    }
}
