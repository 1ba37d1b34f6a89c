package cat.teixit.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A resource (recurs / prestació) proposed or applied for a person, with its status and cost. Not thread-safe. */
@Entity
@Table(name = "resource_assignment")
public class ResourceAssignment extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "resource_assignment";

    @Column(name = "demand_id", length = 36)
    private UUID demandId;

    /** The assessment this resource answers (null: none; its demand is then {@link #demandId}, if any). */
    @Column(name = "assessment_id", length = 36)
    private UUID assessmentId;

    @Column(name = "resource_code", nullable = false)
    private String resourceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ResourceStatus status;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "cost_cents")
    private Long costCents;

    @Column(name = "notes")
    private String notes;

    protected ResourceAssignment() {
    }

    public ResourceAssignment(UUID id, String scope) {
        super(id, scope);
    }

    public UUID getDemandId() {
        return demandId;
    }

    public void setDemandId(UUID demandId) {
        this.demandId = demandId;
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public void setAssessmentId(UUID assessmentId) {
        this.assessmentId = assessmentId;
    }

    public String getResourceCode() {
        return resourceCode;
    }

    public void setResourceCode(String resourceCode) {
        this.resourceCode = resourceCode;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public void setStatus(ResourceStatus status) {
        this.status = status;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public void setStatusAt(Instant statusAt) {
        this.statusAt = statusAt;
    }

    public Long getCostCents() {
        return costCents;
    }

    public void setCostCents(Long costCents) {
        this.costCents = costCents;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
