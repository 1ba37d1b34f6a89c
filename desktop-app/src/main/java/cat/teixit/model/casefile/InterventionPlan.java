package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** An intervention plan (pla de treball): goals, actions, review date, agreement. Not thread-safe. */
@Entity
@Table(name = "intervention_plan")
@Getter
@Setter
public class InterventionPlan extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "intervention_plan";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "title", nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PlanStatus status;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "agreement")
    private String agreement;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InterventionPlan() {
    }

    public InterventionPlan(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
