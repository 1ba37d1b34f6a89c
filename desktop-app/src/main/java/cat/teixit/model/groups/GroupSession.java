package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One session of a group activity: when, where, and whether it was cancelled. Not thread-safe. */
@Entity
@Table(name = "group_session")
public class GroupSession extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_session";

    @Column(name = "activity_id", nullable = false, length = 36)
    private UUID activityId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "place")
    private String place;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    protected GroupSession() {
    }

    public GroupSession(UUID id, String scope) {
        super(id, scope);
    }

    public UUID getActivityId() {
        return activityId;
    }

    public void setActivityId(UUID activityId) {
        this.activityId = activityId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
