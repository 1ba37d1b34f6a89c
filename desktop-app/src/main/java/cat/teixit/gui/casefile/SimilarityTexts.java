package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.SimilarityReason;
import java.util.List;
import java.util.stream.Collectors;

/** Why the duplicate warning lists a person, in the user's language (literal keys, for the i18n test). Stateless. */
final class SimilarityTexts {

    private SimilarityTexts() {
    }

    /** The reasons in one line, "same name and surnames; same year of birth"; empty without reasons. */
    static String of(List<SimilarityReason> reasons, I18n i18n) {
        return reasons.stream().map(r -> i18n.t(key(r))).collect(Collectors.joining("; "));
    }

    static String key(SimilarityReason r) {
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
