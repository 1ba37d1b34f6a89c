package cat.teixit.logic.reports;

import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.InterventionKind;

/**
 * The words of a report (sheet names, column headings, kinds, sexes, age bands) in the report's language, from the
 * application's bundles: a report is made in the language asked for, whatever the window's. Immutable.
 */
public final class ReportTexts extends BundleTexts {

    public ReportTexts(Language language) {
        super(language);
    }

    String kind(InterventionKind kind) {
        return t(EnumKeys.interventionKind(kind));
    }

    String sex(String code) {
        return t(switch (code == null ? "" : code) {
            case "F" -> "person.sex.f";
            case "M" -> "person.sex.m";
            case "X" -> "person.sex.x";
            default -> "report.unknown";
        });
    }

    String ageBand(AgeBand band) {
        return t(switch (band) {
            case UNDER_18 -> "report.age.under18";
            case FROM_18_TO_29 -> "report.age.from18";
            case FROM_30_TO_44 -> "report.age.from30";
            case FROM_45_TO_64 -> "report.age.from45";
            case FROM_65_TO_79 -> "report.age.from65";
            case FROM_80 -> "report.age.from80";
            case UNKNOWN -> "report.unknown";
        });
    }

    String nationality(NationalityGroup group) {
        return t(switch (group) {
            case SPAIN -> "report.nationality.spain";
            case EU -> "report.nationality.eu";
            case NON_EU -> "report.nationality.nonEu";
            case UNKNOWN -> "report.unknown";
        });
    }
}
