package cat.teixit.logic.casefile;

import cat.teixit.model.casefile.Attachment;
import cat.teixit.model.casefile.Intervention;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.InterventionPlan;
import cat.teixit.model.casefile.PlanAction;
import cat.teixit.model.casefile.PlanGoal;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the screens read of a case file's records: immutable snapshots, so that no stored entity
 * reaches the interface. Each has the row version a change of it must name.
 */
public final class CaseRecords {

    private CaseRecords() {
    }

    /** A referral and its answer. */
    public record ReferralItem(UUID id, long rowVersion, ReferralTargetKind targetKind, String target, String reason,
            Instant occurredAt, ReferralStatus status, String responseReason) {

        static ReferralItem of(Referral r) {
            return new ReferralItem(r.getId(), r.getRowVersion(), r.getTargetKind(), r.getTarget(), r.getReason(),
                    r.getOccurredAt(), r.getStatus(), r.getResponseReason());
        }
    }

    /** A file of the case file; {@code sha256} names its content (a file added twice is kept once). */
    public record AttachmentItem(UUID id, String fileName, Instant occurredAt, long sizeBytes, String description,
            String sha256) {

        static AttachmentItem of(Attachment a) {
            return new AttachmentItem(a.getId(), a.getFileName(), a.getOccurredAt(), a.getSizeBytes(), a.getDescription(),
                    a.getSha256());
        }
    }

    /** A plan with its goals and actions, and whether its review is overdue. */
    public record PlanItem(UUID id, long rowVersion, String title, LocalDate startsOn, LocalDate reviewOn,
            List<Goal> goals, List<Action> actions, boolean reviewOverdue) {

        static PlanItem of(InterventionPlan p, List<PlanGoal> goals, List<PlanAction> actions, boolean overdue) {
            return new PlanItem(p.getId(), p.getRowVersion(), p.getTitle(), p.getStartsOn(), p.getReviewOn(),
                    goals.stream().map(g -> new Goal(g.getId(), g.getDescription())).toList(),
                    actions.stream().map(a -> new Action(a.getId(), a.getGoalId(), a.getDescription(), a.getResponsible(),
                            a.getDueOn(), a.getDoneOn())).toList(), overdue);
        }
    }

    /** A goal of a plan. */
    public record Goal(UUID id, String description) {
    }

    /** An action of a plan, for a goal or for the plan as a whole ({@code goalId} null). */
    public record Action(UUID id, UUID goalId, String description, String responsible, LocalDate dueOn,
            LocalDate doneOn) {
    }

    /** An intervention's whole text, for reading it. */
    public record InterventionText(UUID id, InterventionKind kind, Instant occurredAt, String notes) {

        static InterventionText of(Intervention i) {
            return new InterventionText(i.getId(), i.getKind(), i.getOccurredAt(), i.getNotes());
        }
    }
}
