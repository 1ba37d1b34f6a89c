package cat.teixit.model.groups;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A group activity of a programme (a parenting group, a job-seeking workshop): its place, facilitators, capacity,
 * dates and the weekly schedule its sessions were made from. Synced field by field. Not thread-safe.
 */
@Entity
@Table(name = "group_activity")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GroupActivity extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_activity";

    private String programme;
    private String title;
    private String description;
    private String targetGroup;
    private int capacity;
    private String place;

    /** The facilitators' names, as written. */
    private String facilitators;

    private LocalDate startsOn;
    private LocalDate endsOn;

    /** The days of the weekly schedule, comma-separated {@link java.time.DayOfWeek} names. */
    private String weekdays;

    /** HH:mm. */
    private String startTime;

    /** HH:mm. */
    private String endTime;

    private UUID authorId;

    public GroupActivity(UUID id, String scope) {
        super(id, scope);
    }
}
