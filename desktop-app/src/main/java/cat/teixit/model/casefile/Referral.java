package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A referral (derivació) to another service, professional, team or municipality. Not thread-safe. */
@Entity
@Table(name = "referral")
public class Referral extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "referral";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private ReferralTargetKind targetKind;

    @Column(name = "target", nullable = false)
    private String target;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "response_reason")
    private String responseReason;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    protected Referral() {
    }

    public Referral(UUID id, String scope) {
        super(id, scope);
    }

    public UUID getCaseFileId() {
        return caseFileId;
    }

    public void setCaseFileId(UUID caseFileId) {
        this.caseFileId = caseFileId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public ReferralTargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(ReferralTargetKind targetKind) {
        this.targetKind = targetKind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public void setRespondedAt(Instant respondedAt) {
        this.respondedAt = respondedAt;
    }

    public String getResponseReason() {
        return responseReason;
    }

    public void setResponseReason(String responseReason) {
        this.responseReason = responseReason;
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
