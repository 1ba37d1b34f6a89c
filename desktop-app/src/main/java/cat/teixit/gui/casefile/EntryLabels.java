package cat.teixit.gui.casefile;

import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.ResourceStatus;

/** Translation keys and icons for case-file values (literal keys, so the i18n test sees them). Stateless. */
final class EntryLabels {

    private EntryLabels() {
    }

    static String kind(TimelineEntry.Kind k) {
        return switch (k) {
            case INTERVENTION -> "timeline.kind.intervention";
            case DEMAND -> "timeline.kind.demand";
            case ASSESSMENT -> "timeline.kind.assessment";
            case RESOURCE -> "timeline.kind.resource";
            case REFERRAL -> "timeline.kind.referral";
            case DOCUMENT -> "timeline.kind.document";
            case EVENT -> "timeline.kind.event";
            case APPOINTMENT -> "timeline.kind.appointment";
            case ATTENDANCE -> "timeline.kind.attendance";
        };
    }

    static AppIcon icon(TimelineEntry.Kind k) {
        return switch (k) {
            case INTERVENTION -> AppIcon.INTERVENTION;
            case DEMAND -> AppIcon.DEMAND;
            case ASSESSMENT -> AppIcon.ASSESSMENT;
            case RESOURCE -> AppIcon.AIDS;
            case REFERRAL -> AppIcon.REFERRAL;
            case DOCUMENT -> AppIcon.DOCUMENTS;
            case EVENT -> AppIcon.INFO;
            case APPOINTMENT -> AppIcon.AGENDA;
            case ATTENDANCE -> AppIcon.GROUPS;
        };
    }

    static String referralKind(ReferralTargetKind k) {
        return switch (k) {
            case SERVICE -> "referral.kind.service";
            case PROFESSIONAL -> "referral.kind.professional";
            case TEAM -> "referral.kind.team";
            case MUNICIPALITY -> "referral.kind.municipality";
        };
    }

    static String referralStatus(ReferralStatus st) {
        return switch (st) {
            case PENDING -> "referral.status.pending";
            case ACCEPTED -> "referral.status.accepted";
            case REJECTED -> "referral.status.rejected";
        };
    }

    static String resourceStatus(ResourceStatus st) {
        return switch (st) {
            case PROPOSED -> "resource.status.proposed";
            case REQUESTED -> "resource.status.requested";
            case GRANTED -> "resource.status.granted";
            case DENIED -> "resource.status.denied";
            case STARTED -> "resource.status.started";
            case FINISHED -> "resource.status.finished";
        };
    }

    static String status(CaseStatus s) {
        return switch (s) {
            case OPEN -> "casefile.status.open";
            case CLOSED -> "casefile.status.closed";
            case REOPENED -> "casefile.status.reopened";
        };
    }

    static String alert(CaseFileDetails.Alert a) {
        return switch (a) {
            case MINOR_IN_HOUSEHOLD -> "casefile.alert.minor";
            case REVIEW_OVERDUE -> "casefile.alert.reviewOverdue";
            case CLOSED -> "casefile.alert.closed";
            case NO_REFERENCE_PROFESSIONAL -> "casefile.alert.noReference";
            case READ_ONLY -> "casefile.alert.readOnly";
        };
    }

    /** The label of an entry's subtype: intervention kinds and event kinds are translated, codes stay. */
    static String eventKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "OPENED" -> "timeline.event.opened";
            case "CLOSED" -> "timeline.event.closed";
            case "REOPENED" -> "timeline.event.reopened";
            case "MEMBER_JOINED" -> "timeline.event.memberJoined";
            case "MEMBER_LEFT" -> "timeline.event.memberLeft";
            case "HOUSING_CHANGED" -> "timeline.event.housingChanged";
            case "REFERENCE_CHANGED" -> "timeline.event.referenceChanged";
            case "COLLABORATOR_ADDED" -> "timeline.event.collaboratorAdded";
            case "PLAN_CREATED" -> "timeline.event.planCreated";
            case "PLAN_CHANGED" -> "timeline.event.planChanged";
            default -> "timeline.event.other";
        };
    }
}
