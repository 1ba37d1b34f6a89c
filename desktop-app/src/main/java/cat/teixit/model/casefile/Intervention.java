package cat.teixit.model.casefile;

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
public class Intervention extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "intervention";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private InterventionKind kind;

    @Column(name = "duration_min")
    private Integer durationMin;

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

    public InterventionKind getKind() {
        return kind;
    }

    public void setKind(InterventionKind kind) {
        this.kind = kind;
    }

    public Integer getDurationMin() {
        return durationMin;
    }

    public void setDurationMin(Integer durationMin) {
        this.durationMin = durationMin;
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
