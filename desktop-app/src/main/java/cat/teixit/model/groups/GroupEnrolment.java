package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A person in a group activity, from a case file or not: enrolled, waiting (in order of request) or withdrawn
 * with a reason; a promotion from the waiting list records when and by whom. Not thread-safe.
 */
@Entity
@Table(name = "group_enrolment")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GroupEnrolment extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_enrolment";

    private UUID activityId;
    private UUID personId;
    private UUID caseFileId;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    /** When the place was asked for: the waiting list's order. */
    private Instant requestedAt;

    private Instant enrolledAt;
    private Instant withdrawnAt;
    private String withdrawnReason;
    private Instant promotedAt;

    /** The user whose change (a withdrawal) promoted this person from the waiting list. */
    private UUID promotedBy;

    private UUID authorId;

    public GroupEnrolment(UUID id, String scope) {
        super(id, scope);
    }
}
