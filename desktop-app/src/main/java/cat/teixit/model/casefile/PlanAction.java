package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** An action of an intervention plan: what, who, by when. Not thread-safe. */
@Entity
@Table(name = "plan_action")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanAction extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "plan_action";

    private UUID planId;
    private UUID goalId;
    private String description;
    private String responsible;
    private LocalDate dueOn;
    private LocalDate doneOn;

    public PlanAction(UUID id, String scope) {
        super(id, scope);
    }
}
