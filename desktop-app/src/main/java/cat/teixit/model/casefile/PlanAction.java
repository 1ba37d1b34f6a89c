package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** An action of an intervention plan: what, who, by when. Not thread-safe. */
@Entity
@Table(name = "plan_action")
@Getter
@Setter
public class PlanAction extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "plan_action";

    @Column(name = "plan_id", nullable = false, length = 36)
    private UUID planId;

    @Column(name = "goal_id", length = 36)
    private UUID goalId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "responsible", nullable = false)
    private String responsible;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected PlanAction() {
    }

    public PlanAction(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
