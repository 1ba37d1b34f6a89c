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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
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
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long opId;

    private String deviceId;

    /** Groups the ops of one user transaction: they are pushed together. */
    private UUID txId;

    private String entityType;
    private UUID entityId;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind;

    /** Changed fields and their new values, as a JSON object. */
    private String payload;

    private Long baseVersion;
    private String hlc;
    private String scope;
    private Instant createdAt;

    /** For a patch, the changed fields' values before it (JSON object): the "base" a conflict shows. */
    @Setter
    private String beforeFields;

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
