package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.InterventionPlan;
import cat.teixit.model.casefile.PlanAction;
import cat.teixit.model.casefile.PlanGoal;
import cat.teixit.model.casefile.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Intervention plans (pla de treball): goals, actions with who and by when, review date. The
 * agreement the person signs is a document (documents issue). Thread-safe.
 */
public final class PlanService {

    private final CaseDeps deps;

    public PlanService(CaseDeps deps) {
        this.deps = deps;
    }

    public UUID create(CurrentUser user, UUID caseFileId, String title, LocalDate startsOn, LocalDate reviewOn) {
        ValidationErrors e = new ValidationErrors();
        String t = ResourceService.text(e, "title", title, true);
        if (t != null && t.length() > 200) {
            e.add("title", "validation.tooLong", 200);
        }
        if (startsOn == null) {
            e.add("startsOn", "validation.required");
        }
        if (reviewOn != null && startsOn != null && reviewOn.isBefore(startsOn)) {
            e.add("reviewOn", "plan.error.reviewBeforeStart");
        }
        e.throwIfAny();
        return deps.change(user, cs -> {
            CaseFile cf = deps.visibleCaseFile(user, cs.tx(), caseFileId);
            InterventionPlan p = new InterventionPlan(Ids.newId(), cf.getScope());
            p.setCaseFileId(caseFileId);
            p.setTitle(t);
            p.setStatus(PlanStatus.ACTIVE);
            p.setStartsOn(startsOn);
            p.setReviewOn(reviewOn);
            p.setAuthorId(user.id());
            p.setCreatedAt(deps.clock().instant());
            cs.insert(p);
            cs.insert(CaseFileService.event(user, cf, "PLAN_CREATED", t, deps.clock().instant()));
            return p.getId();
        });
    }

    public UUID addGoal(CurrentUser user, UUID planId, String description) {
        ValidationErrors e = new ValidationErrors();
        String d = ResourceService.text(e, "goal", description, true);
        e.throwIfAny();
        return deps.change(user, cs -> {
            InterventionPlan p = plan(user, cs, planId);
            PlanGoal g = new PlanGoal(Ids.newId(), p.getScope());
            g.setPlanId(planId);
            g.setDescription(d);
            g.setPosition(cs.tx().cases().goals(planId).size());
            return cs.insert(g).getId();
        });
    }

    public UUID addAction(CurrentUser user, UUID planId, UUID goalId, String description, String responsible, LocalDate dueOn) {
        ValidationErrors e = new ValidationErrors();
        String d = ResourceService.text(e, "action", description, true);
        String r = ResourceService.text(e, "responsible", responsible, true);
        if (r != null && r.length() > 120) {
            e.add("responsible", "validation.tooLong", 120);
        }
        e.throwIfAny();
        return deps.change(user, cs -> {
            InterventionPlan p = plan(user, cs, planId);
            PlanAction a = new PlanAction(Ids.newId(), p.getScope());
            a.setPlanId(planId);
            a.setGoalId(goalId);
            a.setDescription(d);
            a.setResponsible(r);
            a.setDueOn(dueOn);
            return cs.insert(a).getId();
        });
    }

    /** Marks an action done on {@code doneOn} (or not done when null). */
    public void setActionDone(CurrentUser user, UUID actionId, LocalDate doneOn) {
        if (doneOn != null && doneOn.isAfter(deps.today())) {
            new ValidationErrors().add("doneOn", "validation.date.future").throwIfAny();
        }
        deps.change(user, cs -> {
            PlanAction a = deps.visible(user, cs.tx().cases().find(PlanAction.class, actionId)
                    .orElseThrow(() -> new NotFoundException("action")), "action");
            Map<String, Object> before = a.syncFields();
            a.setDoneOn(doneOn);
            cs.patch(a, before);
            return null;
        });
    }

    /** Sets the next review date (after reviewing the plan with the person). */
    public void setReview(CurrentUser user, UUID planId, long expectedRowVersion, LocalDate reviewOn) {
        deps.change(user, cs -> {
            InterventionPlan p = plan(user, cs, planId);
            CaseDeps.checkVersion(p, expectedRowVersion);
            if (reviewOn != null && reviewOn.isBefore(p.getStartsOn())) {
                new ValidationErrors().add("reviewOn", "plan.error.reviewBeforeStart").throwIfAny();
            }
            Map<String, Object> before = p.syncFields();
            p.setReviewOn(reviewOn);
            if (cs.patch(p, before)) {
                CaseFile cf = cs.tx().cases().find(CaseFile.class, p.getCaseFileId()).orElseThrow();
                cs.insert(CaseFileService.event(user, cf, "PLAN_CHANGED", p.getTitle(), deps.clock().instant()));
            }
            return null;
        });
    }

    public List<CaseRecords.PlanItem> plans(CurrentUser user, UUID caseFileId) {
        LocalDate today = deps.today();
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> tx.cases().plans(caseFileId).stream()
                .map(p -> CaseRecords.PlanItem.of(p, tx.cases().goals(p.getId()), tx.cases().actions(p.getId()),
                        p.getStatus() == PlanStatus.ACTIVE && p.getReviewOn() != null && p.getReviewOn().isBefore(today)))
                .toList());
    }

    private InterventionPlan plan(CurrentUser user, ChangeSet cs, UUID planId) {
        return deps.visible(user, cs.tx().cases().find(InterventionPlan.class, planId)
                .orElseThrow(() -> new NotFoundException("plan")), "plan");
    }
}
