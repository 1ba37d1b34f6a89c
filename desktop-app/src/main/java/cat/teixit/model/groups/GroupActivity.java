package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * A group activity of a programme (a parenting group, a job-seeking workshop): its place, facilitators, capacity,
 * dates and the weekly schedule its sessions were made from. Synced field by field. Not thread-safe.
 */
@Entity
@Table(name = "group_activity")
@Getter
@Setter
public class GroupActivity extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_activity";

    @Column(name = "programme", nullable = false)
    private String programme;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "target_group")
    private String targetGroup;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "place")
    private String place;

    /** The facilitators' names, as written. */
    @Column(name = "facilitators")
    private String facilitators;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** The days of the weekly schedule, comma-separated {@link java.time.DayOfWeek} names. */
    @Column(name = "weekdays", nullable = false)
    private String weekdays;

    /** HH:mm. */
    @Column(name = "start_time", nullable = false)
    private String startTime;

    /** HH:mm. */
    @Column(name = "end_time", nullable = false)
    private String endTime;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected GroupActivity() {
    }

    public GroupActivity(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
