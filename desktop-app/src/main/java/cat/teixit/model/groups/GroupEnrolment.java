package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person in a group activity, from a case file or not: enrolled, waiting (in order of request) or withdrawn
 * with a reason; a promotion from the waiting list records when and by whom. Not thread-safe.
 */
@Entity
@Table(name = "group_enrolment")
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

    public UUID getActivityId() {
        return activityId;
    }

    public void setActivityId(UUID activityId) {
        this.activityId = activityId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public UUID getCaseFileId() {
        return caseFileId;
    }

    public void setCaseFileId(UUID caseFileId) {
        this.caseFileId = caseFileId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(Instant requestedAt) {
        this.requestedAt = requestedAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public void setEnrolledAt(Instant enrolledAt) {
        this.enrolledAt = enrolledAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public void setWithdrawnAt(Instant withdrawnAt) {
        this.withdrawnAt = withdrawnAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public void setWithdrawnReason(String withdrawnReason) {
        this.withdrawnReason = withdrawnReason;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public void setPromotedAt(Instant promotedAt) {
        this.promotedAt = promotedAt;
    }

    public UUID getPromotedBy() {
        return promotedBy;
    }

    public void setPromotedBy(UUID promotedBy) {
        this.promotedBy = promotedBy;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
