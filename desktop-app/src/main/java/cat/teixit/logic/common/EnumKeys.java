package cat.teixit.logic.common;

import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.InterventionKind;

/**
 * The bundles' key naming each value of the enums that windows, printouts and reports show (literal keys, so the
 * i18n test sees them): one place for what the logic's printouts and the windows both say. Stateless.
 */
public final class EnumKeys {

    private EnumKeys() {
    }

    /** An appointment's kind. */
    public static String appointmentKind(AppointmentKind k) {
        return switch (k) {
            case FIRST_VISIT -> "agenda.kind.firstVisit";
            case FOLLOW_UP -> "agenda.kind.followUp";
            case HOME_VISIT -> "agenda.kind.homeVisit";
            case PHONE -> "agenda.kind.phone";
            case GROUP_SESSION -> "agenda.kind.groupSession";
        };
    }

    /** An appointment's state. */
    public static String appointmentStatus(AppointmentStatus s) {
        return switch (s) {
            case BOOKED -> "agenda.status.booked";
            case ATTENDED -> "agenda.status.attended";
            case NO_SHOW -> "agenda.status.noShow";
            case CANCELLED -> "agenda.status.cancelled";
        };
    }

    /** What an audit entry records. */
    public static String auditAction(AuditAction a) {
        return switch (a) {
            case VIEW -> "audit.action.view";
            case PRINT -> "audit.action.print";
            case EXPORT -> "audit.action.export";
            case CHANGE -> "audit.action.change";
            case SIGN -> "audit.action.sign";
            case LOGIN -> "audit.action.login";
            case LOGIN_FAILED -> "audit.action.loginFailed";
            case EMERGENCY_ACCESS -> "audit.action.emergencyAccess";
        };
    }

    /** An intervention's kind. */
    public static String interventionKind(InterventionKind k) {
        return switch (k) {
            case OFFICE_INTERVIEW -> "intervention.kind.office";
            case HOME_VISIT -> "intervention.kind.home";
            case PHONE_CALL -> "intervention.kind.phone";
            case COORDINATION -> "intervention.kind.coordination";
            case REPORT -> "intervention.kind.report";
            case OTHER -> "intervention.kind.other";
        };
    }

    /** A funding administration ({@code resource.funding.generalitat}). */
    public static String funding(Funding f) {
        return switch (f) {
            case MUNICIPAL -> "resource.funding.municipal";
            case COUNTY -> "resource.funding.county";
            case PROVINCIAL -> "resource.funding.provincial";
            case GENERALITAT -> "resource.funding.generalitat";
            case STATE -> "resource.funding.state";
            case EUROPEAN -> "resource.funding.european";
            case OTHER -> "resource.funding.other";
        };
    }
}
