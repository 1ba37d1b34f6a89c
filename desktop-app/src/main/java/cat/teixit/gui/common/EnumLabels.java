package cat.teixit.gui.common;

import cat.teixit.logic.settings.Language;
import cat.teixit.model.groups.AttendanceMark;
import cat.teixit.model.groups.EnrolmentStatus;
import cat.teixit.logic.settings.Theme;
import cat.teixit.model.user.Role;

/** Translation keys for enum values shown to people (literal keys, so the i18n test sees them). Stateless. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String language(Language l) {
        return switch (l) {
            case CATALAN -> "language.ca";
            case SPANISH -> "language.es";
            case ENGLISH -> "language.en";
        };
    }

    public static String theme(Theme t) {
        return switch (t) {
            case LIGHT -> "settings.theme.light";
            case DARK -> "settings.theme.dark";
        };
    }

    public static String role(Role r) {
        return switch (r) {
            case SOCIAL_WORKER -> "role.socialWorker";
            case SOCIAL_EDUCATOR -> "role.socialEducator";
            case FAMILY_WORKER -> "role.familyWorker";
            case TEAM_LEAD -> "role.teamLead";
            case ADMINISTRATIVE -> "role.administrative";
            case ADMINISTRATOR -> "role.administrator";
        };
    }

    public static String attendanceMark(AttendanceMark m) {
        return switch (m) {
            case PRESENT -> "groups.mark.present";
            case ABSENT -> "groups.mark.absent";
            case EXCUSED -> "groups.mark.excused";
        };
    }

    public static String enrolmentStatus(EnrolmentStatus s) {
        return switch (s) {
            case ENROLLED -> "groups.status.enrolled";
            case WAITING -> "groups.status.waiting";
            case WITHDRAWN -> "groups.status.withdrawn";
        };
    }
}
