package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * A person in a group activity, from a case file or not: enrolled, waiting (in order of request) or withdrawn
 * with a reason; a promotion from the waiting list records when and by whom. Not thread-safe.
 */
@Entity
@Table(name = "group_enrolment")
@Getter
@Setter
public class GroupEnrolment extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_enrolment";

    @Column(name = "activity_id", nullable = false, length = 36)
    private UUID activityId;

    @Column(name = "person_id", nullable = false, length = 36)
    private UUID personId;

    @Column(name = "case_file_id", length = 36)
    private UUID caseFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EnrolmentStatus status;

    /** When the place was asked for: the waiting list's order. */
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    /** The user whose change (a withdrawal) promoted this person from the waiting list. */
    @Column(name = "promoted_by", length = 36)
    private UUID promotedBy;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    protected GroupEnrolment() {
    }

    public GroupEnrolment(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
