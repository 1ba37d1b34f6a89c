package cat.teixit.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A synced entity that keeps when it was created ({@code created_at}): set once by the use case that creates it,
 * never written by an update. A synced field like the others (see {@link SyncedColumns}). Not thread-safe.
 */
@MappedSuperclass
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class CreatedEntity extends SyncedEntity {

    @Column(updatable = false)
    private Instant createdAt;

    protected CreatedEntity(UUID id, String scope) {
        super(id, scope);
    }
}
