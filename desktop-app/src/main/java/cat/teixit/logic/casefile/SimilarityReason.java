package cat.teixit.logic.casefile;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * Why an existing person may be the one being created, with the weight each reason adds to the
 * score that ranks the duplicate warning (most likely first). Every name reason implies the same
 * given name. A person is listed with one name reason and one birth-date reason, or with a document
 * one character apart. The weights make, for one difference each: same name and birth date (100) >
 * document one character apart (90) > day and month swapped (85) > surnames swapped (75) > same
 * birth year (70) > one surname missing (65) > no birth date to compare (60). Immutable.
 */
@RequiredArgsConstructor
@Accessors(fluent = true)
public enum SimilarityReason {

    /** The document number is one typo away (one character replaced, added, dropped or two swapped). */
    DOCUMENT_TYPO(90),
    /** Same given name and surnames (accents, case and l·l aside). */
    SAME_NAME(50),
    /** Same given name and surnames, the surnames in the other order. */
    SURNAMES_SWAPPED(25),
    /** Same given name; one has a single surname, which is one of the other's two. */
    SURNAME_MISSING(15),
    /** Same date of birth. */
    SAME_BIRTH_DATE(50),
    /** Day and month of birth swapped (02/03 and 03/02 of the same year). */
    DAY_MONTH_SWAPPED(35),
    /** Born the same year. */
    SAME_BIRTH_YEAR(20),
    /** One of the two has no date of birth. */
    NO_BIRTH_DATE(10);

    /** What this reason adds to the score. */
    @Getter
    private final int weight;

}
