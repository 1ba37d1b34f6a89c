package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An intervention (intervenció / actuació): interview, home visit, call... Append-only in sync terms. Not thread-safe. */
@Entity
@Table(name = "intervention")
public class Intervention extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "intervention";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private InterventionKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "duration_min")
    private Integer durationMin;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "professionals")
    private String professionals;

    @Column(name = "notes", nullable = false)
    private String notes;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Intervention() {
    }

    public Intervention(UUID id, String scope) {
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

    public InterventionKind getKind() {
        return kind;
    }

    public void setKind(InterventionKind kind) {
        this.kind = kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Integer getDurationMin() {
        return durationMin;
    }

    public void setDurationMin(Integer durationMin) {
        this.durationMin = durationMin;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public String getProfessionals() {
        return professionals;
    }

    public void setProfessionals(String professionals) {
        this.professionals = professionals;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
