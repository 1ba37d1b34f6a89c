package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A goal of an intervention plan. Not thread-safe. */
@Entity
@Table(name = "plan_goal")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanGoal extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "plan_goal";

    private UUID planId;
    private String description;
    private int position;
    private boolean achieved;

    public PlanGoal(UUID id, String scope) {
        super(id, scope);
    }
}
