package cat.teixit.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A resource (recurs / prestació) proposed or applied for a person, with its status and cost. Not thread-safe. */
@Entity
@Table(name = "resource_assignment")
@Getter
@Setter
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

    /** Who funds it (null: not recorded). */
    @Enumerated(EnumType.STRING)
    @Column(name = "funding")
    private Funding funding;

    protected ResourceAssignment() {
    }

    public ResourceAssignment(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
