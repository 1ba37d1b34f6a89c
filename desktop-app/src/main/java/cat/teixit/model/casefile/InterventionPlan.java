package cat.teixit.model.casefile;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** An intervention plan (pla de treball): goals, actions, review date, agreement. Not thread-safe. */
@Entity
@Table(name = "intervention_plan")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class InterventionPlan extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "intervention_plan";

    private UUID caseFileId;
    private String title;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private LocalDate startsOn;
    private LocalDate reviewOn;
    private String agreement;
    private UUID authorId;

    public InterventionPlan(UUID id, String scope) {
        super(id, scope);
    }
}
