package cat.teixit.gui.casefile;

import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.SimilarityReason;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;

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

    /** A kind of identity document. */
    static String docType(IdDocumentType t) {
        return switch (t) {
            case DNI -> "person.docType.dni";
            case NIE -> "person.docType.nie";
            case PASSPORT -> "person.docType.passport";
            case OTHER -> "person.docType.other";
            case NONE -> "person.docType.none";
        };
    }

    /** A person's sex as recorded. */
    static String sex(Sex s) {
        return switch (s) {
            case F -> "person.sex.f";
            case M -> "person.sex.m";
            case X -> "person.sex.x";
        };
    }

    /** What a consent is for. */
    static String consentPurpose(ConsentPurpose p) {
        return switch (p) {
            case SHARING -> "consent.purpose.sharing";
            case HEALTH_DATA -> "consent.purpose.healthData";
            case IMAGE -> "consent.purpose.image";
            case CONTACT -> "consent.purpose.contact";
        };
    }

    /** Why the duplicate warning lists a person. */
    static String similarityReason(SimilarityReason r) {
        return switch (r) {
            case DOCUMENT_TYPO -> "person.duplicates.reason.documentTypo";
            case SAME_NAME -> "person.duplicates.reason.sameName";
            case SURNAMES_SWAPPED -> "person.duplicates.reason.surnamesSwapped";
            case SURNAME_MISSING -> "person.duplicates.reason.surnameMissing";
            case SAME_BIRTH_DATE -> "person.duplicates.reason.sameBirthDate";
            case DAY_MONTH_SWAPPED -> "person.duplicates.reason.dayMonthSwapped";
            case SAME_BIRTH_YEAR -> "person.duplicates.reason.sameBirthYear";
            case NO_BIRTH_DATE -> "person.duplicates.reason.noBirthDate";
        };
    }
}
