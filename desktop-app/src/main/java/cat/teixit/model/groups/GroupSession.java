package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One session of a group activity: when, where, and whether it was cancelled. Not thread-safe. */
@Entity
@Table(name = "group_session")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GroupSession extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_session";

    private UUID activityId;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private boolean cancelled;

    public GroupSession(UUID id, String scope) {
        super(id, scope);
    }
}
