package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A goal of an intervention plan. Not thread-safe. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "plan_goal";

    @Column(name = "plan_id", nullable = false, length = 36)
    private UUID planId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "achieved", nullable = false)
    private boolean achieved;

    protected PlanGoal() {
    }

    public PlanGoal(UUID id, String scope) {
        super(id, scope);
    }

    public UUID getPlanId() {
        return planId;
    }

    public void setPlanId(UUID planId) {
        this.planId = planId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isAchieved() {
        return achieved;
    }

    public void setAchieved(boolean achieved) {
        this.achieved = achieved;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
