package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseRecords.Action;
import cat.teixit.logic.casefile.CaseRecords.PlanItem;
import cat.teixit.logic.casefile.PlanService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The Plan tab: the case file's plans with goals and actions, and their changes. Use from the FX thread. */
public final class PlanViewModel extends CaseRecordsViewModel<PlanItem> {

    private final PlanService plans;

    public PlanViewModel(CurrentUser user, UiExecutor executor, I18n i18n, PlanService plans, UUID caseFileId,
            Runnable onChanged) {
        super(user, executor, i18n, caseFileId, onChanged);
        this.plans = plans;
    }

    @Override
    protected List<PlanItem> load() {
        return plans.plans(user, caseFileId);
    }

    public void create(String title, LocalDate startsOn, LocalDate reviewOn, Runnable then) {
        run(() -> plans.create(user, caseFileId, title, startsOn, reviewOn), then);
    }

    public void addGoal(PlanItem plan, String description, Runnable then) {
        run(() -> plans.addGoal(user, plan.id(), description), then);
    }

    /** An action for {@code goalId} (null: for the plan as a whole). */
    public void addAction(PlanItem plan, UUID goalId, String description, String responsible, LocalDate dueOn,
            Runnable then) {
        run(() -> plans.addAction(user, plan.id(), goalId, description, responsible, dueOn), then);
    }

    /** Marks an action done today, or not done. */
    public void setDone(Action action, boolean done) {
        run(() -> plans.setActionDone(user, action.id(), done ? LocalDate.now(I18n.ZONE) : null), () -> { });
    }
}
