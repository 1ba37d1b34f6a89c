package cat.teixit.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * Base of every entity that synchronises with the central system: device-made UUIDv7 id, scope,
 * server version, hybrid-logical-clock timestamp and tombstone (see docs/sync-protocol.md).
 * Not thread-safe: an entity belongs to one unit of work.
 */
@MappedSuperclass
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class SyncedEntity {

    private static final ClassValue<String> TYPES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                Table table = c.getAnnotation(Table.class);
                if (table != null) {
                    return table.name();
                }
            }
            throw new IllegalStateException(type.getSimpleName() + " names no table");
        }
    };

    @Getter
    @Id
    @Column(updatable = false)
    private UUID id;

    /** Team or area the record belongs to; decides who may receive it. Set at creation. */
    @Getter
    @Column(updatable = false)
    private String scope;

    /** Version assigned by the central server; null until the record has been pushed. */
    @Getter @Setter
    private Long serverVersion;

    /** Hybrid logical clock of the last change, in {@link Hlc#toString()} form. */
    private String updatedAt;

    /** Tombstone: set instead of deleting the row. */
    @Getter
    private Instant deletedAt;

    /** Local optimistic lock: a second window saving a stale copy is refused. */
    @Getter
    @Version
    private long rowVersion;

    protected SyncedEntity(UUID id, String scope) {
        this.id = Objects.requireNonNull(id, "id");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    public Hlc getUpdatedAt() {
        return updatedAt == null ? null : Hlc.parse(updatedAt);
    }

    public void setUpdatedAt(Hlc updatedAt) {
        this.updatedAt = updatedAt.toString();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void markDeleted(Instant when) {
        this.deletedAt = Objects.requireNonNull(when);
    }

    /** The entity type in sync ops: its table name (the {@code @Table} of its class or the nearest above). */
    public String entityType() {
        return TYPES.get(getClass());
    }

    /**
     * The synced fields (column name to value in the store's representation: text, number or
     * null), without the sync metadata. Sync ops carry these; a patch carries the ones that changed.
     * Derived from the mapping (see {@link SyncedColumns}): every mapped column but the metadata and the
     * {@link LocalOnly} ones, in declaration order.
     */
    public java.util.Map<String, Object> syncFields() {
        return SyncedColumns.of(getClass()).values(this);
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof SyncedEntity other && getClass() == other.getClass() && id != null && id.equals(other.id);
    }

    @Override
    public final int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
